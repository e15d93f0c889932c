export {
  ExitThisPage,
  ExitThisPageSkipLink,
  exitPage,
  resetExitPage,
  EXIT_THIS_PAGE_DEFAULT_URL,
  EXIT_THIS_PAGE_KEYPRESS_TIMEOUT,
  EXIT_THIS_PAGE_TEXT,
} from './ExitThisPage';
export type { ExitThisPageProps, ExitThisPageSkipLinkProps, ExitThisPageText, ExitPageOptions } from './ExitThisPage';
