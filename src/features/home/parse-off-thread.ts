// Reads a file in a Web Worker when the browser has them, else (tests, very old browsers) here.
// A worker that fails to start or crashes falls back to reading in the page: the file still opens.
import type { FileKind, ParsedFiles, ParseRequest } from '../../core/parse-file';

function inWorker<K extends FileKind>(request: ParseRequest<K>): Promise<ParsedFiles[K]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./parse-file.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<ParsedFiles[K]>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message));
    };
    // A result the page cannot read back: read the file here instead.
    worker.onmessageerror = () => {
      worker.terminate();
      reject(new Error('The file reader’s answer could not be read.'));
    };
    worker.postMessage(request);
  });
}

async function inPage<K extends FileKind>(request: ParseRequest<K>): Promise<ParsedFiles[K]> {
  const { parseFileOfKind } = await import('../../core/parse-file');
  return parseFileOfKind(request);
}

export async function parseOffThread<K extends FileKind>(request: ParseRequest<K>): Promise<ParsedFiles[K]> {
  if (typeof Worker === 'undefined') return inPage(request);
  try {
    return await inWorker(request);
  } catch {
    return inPage(request);
  }
}
