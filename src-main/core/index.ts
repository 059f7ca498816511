// The core's public surface for the shell, the host, tests and benchmarks.
export { createApi, toErrorData, type Api } from './api/dispatch';
export { handlers, type Handlers } from './api/handlers';
export { openDatabase, DatabaseOpenError } from './db/database';
export { LATEST_SCHEMA_VERSION, MIGRATIONS, MigrationIntegrityError, migrate, schemaVersionOf, type Migration } from './db/migrations';
export type { Db } from './db/types';
export { CoreError } from './errors';
export { builtinTemplates, BUILTIN_TEMPLATE_SOURCES, DAY_WORKSHOP_TEMPLATE_ID } from './templates/builtin';
export { DB_FILE_NAME, Workspace, type EventListener, type WorkspaceOptions } from './workspace';
export { getSettings } from './services/settings';
export { exportFile } from './exports';
export { writeFileAtomic } from './files/atomic-write';
export { importArchiveBytes } from './archive';
