// A child that speaks acta's batch protocol and misbehaves on purpose, chosen by the input's text:
// "hang" never answers, "crash" exits, "segv" kills itself with a signal, "grow" allocates until stopped,
// "pages:N" reports N pages 150 ms apart, "flaky" crashes only in a child that served a document before,
// anything else succeeds at once.
let served = 0;
const send = (m) => { if (process.connected) process.send(m); };
process.on('disconnect', () => process.exit(0));
process.on('message', async (m) => {
  if (m.type === 'stop') process.exit(0);
  const text = Buffer.from(m.bytes).toString('utf8');
  send({ type: 'started', id: m.id, mediaType: 'text/plain' });
  if (text.startsWith('hang')) return setInterval(() => {}, 1000);
  if (text === 'crash') process.exit(7);
  if (text === 'flaky' && served > 0) process.exit(9);
  served++;
  if (text === 'segv') process.kill(process.pid, 'SIGSEGV');
  if (text === 'grow') { const keep = []; setInterval(() => keep.push(Buffer.alloc(64 * 1024 * 1024, 1)), 20); return; }
  const pages = /^pages:(\d+)$/.exec(text);
  if (pages) {
    const n = Number(pages[1]);
    for (let i = 1; i <= n; i++) { await new Promise((r) => setTimeout(r, 150)); send({ type: 'page', id: m.id, done: i, total: n }); }
  }
  send({ type: 'done', id: m.id, json: JSON.stringify({ text, pid: process.pid }) + '\n', pages: pages ? Number(pages[1]) : 1, rss: 0 });
});
send({ type: 'ready' });
