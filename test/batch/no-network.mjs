// Preloaded with NODE_OPTIONS=--import to prove acta never touches the network: every way out throws at once.
import dns from 'node:dns';
import net from 'node:net';
import tls from 'node:tls';
import http from 'node:http';
import https from 'node:https';

const refuse = (what) => () => { throw new Error(`network access attempted: ${what}`); };
net.Socket.prototype.connect = refuse('net.Socket.connect');
net.connect = net.createConnection = refuse('net.connect');
tls.connect = refuse('tls.connect');
http.request = http.get = refuse('http.request');
https.request = https.get = refuse('https.request');
dns.lookup = dns.resolve = refuse('dns.lookup');
dns.promises.lookup = dns.promises.resolve = refuse('dns.promises.lookup');
globalThis.fetch = refuse('fetch');
globalThis.WebSocket = refuse('WebSocket');
