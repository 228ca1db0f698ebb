// Preloaded (node --require) into the offline test's child process, main thread and worker threads alike: any
// attempt to open a socket, resolve a name or fetch throws and is reported on stderr as "NETWORK-ATTEMPT".
const { isMainThread } = require('node:worker_threads');
const deny = (what) => function blocked() {
  process.stderr.write(`NETWORK-ATTEMPT ${what}\n`);
  throw new Error(`network access blocked in test: ${what}`);
};
const net = require('node:net');
// Unix-socket and pipe connections (tsx talks to its parent that way) are local IPC, not network: let them through.
const isLocalPipe = (args) => {
  const a = Array.isArray(args[0]) ? args[0][0] : args[0];
  return typeof a === 'string' || (a && typeof a === 'object' && typeof a.path === 'string');
};
const guard = (what, orig) => function guarded(...args) {
  if (isLocalPipe(args)) return orig.apply(this, args);
  return deny(what)();
};
net.Socket.prototype.connect = guard('net.Socket.connect', net.Socket.prototype.connect);
net.connect = net.createConnection = guard('net.connect', net.connect);
require('node:tls').connect = deny('tls.connect');
for (const m of ['node:http', 'node:https']) { const h = require(m); h.request = h.get = deny(`${m}.request`); }
const dns = require('node:dns');
dns.lookup = dns.resolve = deny('dns.lookup');
dns.promises.lookup = deny('dns.promises.lookup');
globalThis.fetch = deny('fetch');
process.stderr.write(`BLOCKER-LOADED ${isMainThread ? 'main' : 'worker'}\n`);
