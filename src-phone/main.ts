import './phone.css';
import { Phone } from './phone';
import { pickStrings } from './strings';

const strings = pickStrings(navigator.languages.length > 0 ? navigator.languages : [navigator.language]);
document.title = strings.title;
const root = document.getElementById('app');
if (root) {
  let code = '';
  try {
    code = decodeURIComponent(location.hash.replace(/^#/, ''));
  } catch {
    // A mangled link: the code is typed instead.
  }
  // The code leaves the address bar: a shared screenshot does not carry it.
  if (code) history.replaceState(null, '', location.pathname);
  void new Phone(strings, root).start(code);
}
