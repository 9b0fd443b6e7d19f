/**
 * A small static file server on 127.0.0.1 (random port by default): serves the demo's generated article
 * pages and the end-to-end tests' fixture pages. Files only, from one folder, nothing outside it.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface StaticServer {
  /** The server's origin with a trailing slash, e.g. `http://127.0.0.1:43123/`. */
  origin: string;
  /** The absolute URL of a file path relative to the served folder. */
  url(path: string): string;
  /**
   * Hold a file's response open (for tests of a page that is still loading): the next requests for `path`
   * get the file up to the first `marker` at once, and the rest only after `release()`. Without the marker,
   * all of it is held.
   */
  hold(path: string, marker: string): HeldResponse;
  close(): Promise<void>;
}

export interface HeldResponse {
  /** Resolves once a request for the held path has been answered up to the marker. */
  sent: Promise<void>;
  /** Send the rest and end the response (and answer later requests for the path in full). */
  release(): void;
}

interface Hold {
  marker: string;
  released: Promise<void>;
  onSent(): void;
}

export async function serveDirectory(root: string, options: { port?: number } = {}): Promise<StaticServer> {
  const base = resolve(root);
  const holds = new Map<string, Hold>();
  const server = createServer((request, response) => {
    void (async () => {
      try {
        const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
        let file = resolve(join(base, pathname));
        if (file !== base && !file.startsWith(base + sep)) return send(response, 403, 'Forbidden');
        if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
        const body = await readFile(file).catch(() => null);
        if (!body && pathname === '/favicon.ico') return send(response, 204, '');
        if (!body) return send(response, 404, 'Not found');
        response.writeHead(200, {
          'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
          'cache-control': 'no-store',
        });
        const hold = request.method === 'HEAD' ? undefined : holds.get(pathname);
        if (hold) {
          const at = body.indexOf(hold.marker);
          const split = at < 0 ? 0 : at;
          response.write(body.subarray(0, split), () => hold.onSent());
          await hold.released;
          response.end(body.subarray(split));
          return;
        }
        response.end(request.method === 'HEAD' ? undefined : body);
      } catch {
        send(response, 400, 'Bad request');
      }
    })();
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}/`;
  return {
    origin,
    url: (path) => new URL(path.replace(/^\/+/, ''), origin).href,
    hold: (path, marker) => {
      const pathname = new URL(path.replace(/^\/+/, ''), origin).pathname;
      let release!: () => void;
      let onSent!: () => void;
      const sent = new Promise<void>((done) => (onSent = done));
      const hold: Hold = { marker, released: new Promise<void>((done) => (release = done)), onSent };
      holds.set(pathname, hold);
      return {
        sent,
        release: () => {
          if (holds.get(pathname) === hold) holds.delete(pathname);
          release();
        },
      };
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

function send(response: import('node:http').ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  response.end(text);
}
