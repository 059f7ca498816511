import type { MethodParsedInput } from '../../contract';
import type { CoreContext } from '../context';
import { processImage } from '../exports/process-exports';
import { stakeholderMapImage } from '../exports/stakeholder-exports';

/** The stakeholder map or a process as an SVG drawn from the stored data, for the projector. */
export function livePicture(ctx: CoreContext, input: MethodParsedInput<'live.picture'>): { svg: string } {
  if (input.kind === 'stakeholders') return { svg: stakeholderMapImage(ctx, input.workshopId, 'grid', input.language) };
  return { svg: processImage(ctx, { workshopId: input.workshopId, variant: input.kind, language: input.language }).svg };
}
