// The shared layer: imported by the core, the shell, the host and the renderer.
// It may import nothing but zod (enforced by lint).
export * from './actions';
export * from './archive';
export * from './backups';
export * from './contract';
export * from './data-protection';
export * from './desktop';
export * from './domain';
export * from './errors';
export * from './exports';
export * from './fields';
export * from './live';
export * from './participant';
export * from './print';
export * from './process';
export * from './queries';
export * from './records';
export * from './stakeholders';
export * from './template-file';
export * from './templates';
export * from './timeline';
export * from './validation';
