// Reads an opened file off the page's thread: parsing and checking a large workshop or backup
// would otherwise freeze the page for a moment the user can feel.
import { parseFileOfKind } from '../../core/parse-file';
import type { ParseRequest } from '../../core/parse-file';

self.onmessage = (event: MessageEvent<ParseRequest>) => {
  self.postMessage(parseFileOfKind(event.data));
};
