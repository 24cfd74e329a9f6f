import { mayPreview } from '../preview/preview-permission';

/** The admin's preview links only for what the requesting user may read (src/preview/preview-permission.ts). */
export default mayPreview;
