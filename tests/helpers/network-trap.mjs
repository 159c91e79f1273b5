/**
 * Preloaded with NODE_OPTIONS="--import <this file>" into a process under test: every attempt to
 * reach a host that is not this machine (a socket connect, a DNS lookup) is written as one line to
 * the file named by NETWORK_TRAP_LOG, and the connection is refused, as on an offline PC.
 */
import { appendFileSync } from 'node:fs';
import dns from 'node:dns';
import net from 'node:net';

const log = process.env.NETWORK_TRAP_LOG;
/** This machine: localhost names, 127.x, 0.0.0.0, and IPv6 :: / ::1 in any spelling (0000:…:0001). */
const isLocal = (host) =>
  /^(?:|localhost|.*\.localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|(?:::ffff:)?127(?:\.\d{1,3}){3})$/i.test(host) ||
  /^\[?[0:]*:[0:]*1?\]?$/.test(host);
const LOOPBACK = { test: (host) => isLocal(String(host).toLowerCase()) };
const record = (what) => {
  if (log) appendFileSync(log, `${process.pid} ${what}\n`);
};

const originalConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function trappedConnect(...args) {
  // Node passes [options, callback] internally (normalized arguments), or (options), (port, host).
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  const options = first && typeof first === 'object' ? first : { port: first, host: typeof args[1] === 'string' ? args[1] : 'localhost' };
  if (options.path === undefined && !LOOPBACK.test(String(options.host ?? 'localhost'))) {
    record(`connect ${options.host}:${options.port}`);
    process.nextTick(() => this.destroy(Object.assign(new Error(`offline (network trap): ${options.host}`), { code: 'ECONNREFUSED' })));
    return this;
  }
  return originalConnect.apply(this, args);
};

const originalLookup = dns.lookup;
dns.lookup = function trappedLookup(hostname, ...rest) {
  if (!LOOPBACK.test(String(hostname))) record(`dns ${hostname}`);
  return originalLookup.call(this, hostname, ...rest);
};
const originalPromiseLookup = dns.promises.lookup;
dns.promises.lookup = function trappedPromiseLookup(hostname, ...rest) {
  if (!LOOPBACK.test(String(hostname))) record(`dns ${hostname}`);
  return originalPromiseLookup.call(this, hostname, ...rest);
};
