export { shortCitation } from '../../../core/cite.ts';
export { readerLink } from './routes.ts';
