import { type TemplateFile, templateFileSchema } from '../../contract';
import privacy from '../../../resources/templates/datenschutz-sprechstunde.json';
import coaching from '../../../resources/templates/digitalisierungsthema.json';
import dayWorkshop from '../../../resources/templates/vereint-veraenderungen-angehen.json';
import followUp from '../../../resources/templates/folgetermin.json';
import knowledge from '../../../resources/templates/wissen-bleibt.json';

// Every template shipped in resources/templates/ is listed here, bundled
// with the app (no file paths at run time) and validated at startup.
export const BUILTIN_TEMPLATE_SOURCES: Record<string, unknown> = {
  'vereint-veraenderungen-angehen.json': dayWorkshop,
  'wissen-bleibt.json': knowledge,
  'digitalisierungsthema.json': coaching,
  'datenschutz-sprechstunde.json': privacy,
  'folgetermin.json': followUp,
};

let cache: TemplateFile[] | null = null;

/** The built-in templates, validated once; a broken shipped file stops the app loudly. */
export function builtinTemplates(): TemplateFile[] {
  if (cache) return cache;
  cache = Object.entries(BUILTIN_TEMPLATE_SOURCES).map(([file, source]) => {
    const result = templateFileSchema.safeParse(source);
    if (!result.success) {
      throw new Error(`Built-in template ${file} is invalid: ${result.error.message}`);
    }
    return result.data;
  });
  return cache;
}

/** The day workshop "Verein(t) Veränderungen angehen", the default for new workshops. */
export const DAY_WORKSHOP_TEMPLATE_ID = 'builtin-vereint-veraenderungen-angehen';

/** "Folgetermin", the default for "Folgetermin anlegen". */
export const FOLLOW_UP_TEMPLATE_ID = 'builtin-folgetermin';
