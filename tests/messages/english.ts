// Messages as an English reader sees them, for tests that assert what a sentence says.
import { englishText } from '../../grader/cli/english.ts';
import type { MessageLike } from '../../grader/messages/params.ts';

export const en = (message: MessageLike | undefined): string => (message === undefined ? '' : englishText(message));
export const english = (messages: readonly MessageLike[] | undefined): string[] => (messages ?? []).map(en);
