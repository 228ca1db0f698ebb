// Progress on stderr, one rewritten line ("file 3/40 page 2/5 name"), only for a person watching a terminal.
export interface ProgressSink {
  file(index: number, total: number, name: string): void;
  page(done: number, total: number): void;
  end(): void;
}

export function createProgress(stream: NodeJS.WritableStream & { isTTY?: boolean; columns?: number }, enabled: boolean): ProgressSink {
  if (!enabled || !stream.isTTY) return { file() {}, page() {}, end() {} };
  let prefix = '';
  let shown = false;
  const show = (line: string): void => {
    const width = Math.max(20, (stream.columns ?? 80) - 1);
    stream.write(`\r\x1b[K${line.length > width ? line.slice(0, width - 1) + '…' : line}`);
    shown = true;
  };
  return {
    file(index, total, name) { prefix = `file ${index}/${total}`; show(`${prefix} ${name}`); },
    page(done, total) { show(`${prefix} page ${done}/${total}`); },
    end() { if (shown) stream.write('\r\x1b[K'); shown = false; },
  };
}
