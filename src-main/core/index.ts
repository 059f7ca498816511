// The core's public surface for the shell, the host, tests and benchmarks.
export { createApi, toErrorData, type Api, type ApiOptions } from './api/dispatch';
export { Phones, type ListenForPhones, type PhoneListener, type PhonesOptions } from './participants/phones';
export { invokeParticipant, type ParticipantAnswer } from './participants/dispatch';
export type { PhoneSession, PhoneStream } from './participants/session';
export { COACH, type Caller, type ParticipantCaller } from './participants/caller';
export { handlers, type Handlers } from './api/handlers';
export { openDatabase, DatabaseOpenError } from './db/database';
export { LATEST_SCHEMA_VERSION, MIGRATIONS, MigrationIntegrityError, migrate, schemaVersionOf, type Migration } from './db/migrations';
export type { Db } from './db/types';
export { CoreError } from './errors';
export { builtinTemplates, BUILTIN_TEMPLATE_SOURCES, DAY_WORKSHOP_TEMPLATE_ID } from './templates/builtin';
export { DB_FILE_NAME, Workspace, type EventListener, type WorkspaceOptions } from './workspace';
export { getSettings } from './services/settings';
export { exportFile } from './exports';
export { preparePrint } from './exports/print-file';
export { writeFileAtomic } from './files/atomic-write';
export { importArchiveBytes } from './archive';
