import { linkify } from './linkify';

/** A mail body as preformatted text with clickable links. */
export function MailBody({ body }: { body: string }) {
  return <pre className="mail-body">{linkify(body)}</pre>;
}
