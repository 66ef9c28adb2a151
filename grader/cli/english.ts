// The CLI's own lines are English: a student's message (a problem with their files) shown on
// the instructor's terminal is rendered from the English catalogue, as plain text.
import { loadCatalogue } from '../messages/languages.ts';
import type { MessageLike } from '../messages/params.ts';
import { messageRenderer, type MessageRenderer } from '../report/render-message.ts';

let english: MessageRenderer | undefined;

export function englishText(message: MessageLike): string {
  if (english === undefined) {
    const { catalogue } = loadCatalogue('en');
    if (catalogue === undefined) return message.code;
    english = messageRenderer(catalogue, 'text');
  }
  return english.render(message);
}
