import { type Language, type TemplateFile, templateFileSchema } from '../../contract';
import privacy from '../../../resources/templates/datenschutz-sprechstunde.json';
import coaching from '../../../resources/templates/digitalisierungsthema.json';
import privacyEn from '../../../resources/templates/en/datenschutz-sprechstunde.json';
import coachingEn from '../../../resources/templates/en/digitalisierungsthema.json';
import followUpEn from '../../../resources/templates/en/folgetermin.json';
import dayWorkshopEn from '../../../resources/templates/en/vereint-veraenderungen-angehen.json';
import knowledgeEn from '../../../resources/templates/en/wissen-bleibt.json';
import dayWorkshop from '../../../resources/templates/vereint-veraenderungen-angehen.json';
import followUp from '../../../resources/templates/folgetermin.json';
import knowledge from '../../../resources/templates/wissen-bleibt.json';

// Every template shipped in resources/templates/ (German) and
// resources/templates/en/ (English) is listed here, bundled with the app (no
// file paths at run time) and validated at startup. Both languages carry the
// same ids, phase keys, kinds and minutes (tests/unit/core/template-languages.test.ts),
// so a workshop made in either language has the same agenda.
export const BUILTIN_TEMPLATE_SOURCES: Record<Language, Record<string, unknown>> = {
  de: {
    'vereint-veraenderungen-angehen.json': dayWorkshop,
    'wissen-bleibt.json': knowledge,
    'digitalisierungsthema.json': coaching,
    'datenschutz-sprechstunde.json': privacy,
    'folgetermin.json': followUp,
  },
  en: {
    'vereint-veraenderungen-angehen.json': dayWorkshopEn,
    'wissen-bleibt.json': knowledgeEn,
    'digitalisierungsthema.json': coachingEn,
    'datenschutz-sprechstunde.json': privacyEn,
    'folgetermin.json': followUpEn,
  },
};

const cache: Partial<Record<Language, TemplateFile[]>> = {};

function load(language: Language): TemplateFile[] {
  return Object.entries(BUILTIN_TEMPLATE_SOURCES[language]).map(([file, source]) => {
    const result = templateFileSchema.safeParse(source);
    if (!result.success) {
      throw new Error(`Built-in template ${language}/${file} is invalid: ${result.error.message}`);
    }
    if (result.data.language !== language) throw new Error(`Built-in template ${language}/${file} says its language is ${result.data.language}`);
    return result.data;
  });
}

/** The built-in templates in one language (German unless asked), validated once; a broken shipped file stops the app loudly. */
export function builtinTemplates(language: Language = 'de'): TemplateFile[] {
  return (cache[language] ??= load(language));
}

/** The day workshop "Verein(t) Veränderungen angehen", the default for new workshops. */
export const DAY_WORKSHOP_TEMPLATE_ID = 'builtin-vereint-veraenderungen-angehen';

/** "Folgetermin", the default for "Folgetermin anlegen". */
export const FOLLOW_UP_TEMPLATE_ID = 'builtin-folgetermin';
