// Server-sent events from a byte stream, parsed by eventsource-parser: yields each event's data
// (multi-line data joined with \n); CRLF, comments and chunks split anywhere are the parser's job.
import { createParser } from 'eventsource-parser';
import { PlaygroundError } from '../../core/errors';

/** One event may not grow past this while unfinished: a server that never ends a line cannot fill memory. */
export const MAX_SSE_EVENT_CHARS = 8 * 1024 * 1024;

export async function* readSseEvents(body: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const ready: string[] = [];
  let failure: PlaygroundError | null = null;
  const parser = createParser({
    maxBufferSize: MAX_SSE_EVENT_CHARS,
    // Event names, ids and retry hints carry nothing a chat stream needs; only the data is passed on.
    onEvent: (event) => {
      ready.push(event.data);
    },
    onError: (error) => {
      // Unknown fields and bad retry values are harmless noise; only the size cap stops the stream.
      if (error.type === 'max-buffer-size-exceeded') {
        failure = new PlaygroundError('ENGINE_BAD_RESPONSE', {
          detail: `a server-sent event grew past ${MAX_SSE_EVENT_CHARS} characters`,
        });
      }
    },
  });
  try {
    for (;;) {
      const { done, value } = await reader.read();
      // A stream that stops without the closing blank line still delivers its last event, as servers often do.
      parser.feed(done ? `${decoder.decode()}\n\n` : decoder.decode(value, { stream: true }));
      if (failure) throw failure;
      while (ready.length > 0) yield ready.shift()!;
      if (done) break;
    }
  } finally {
    reader.releaseLock();
  }
}
