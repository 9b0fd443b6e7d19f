import { PageLifetime } from '../../src/page/lifetime';
import { PageSession, type SessionOptions } from '../../src/page/session';
import { afterTest } from './dom';

/** A page session started on the test page, as the content script starts one; destroyed, its lifetime ended, after the test. */
export function startSession(options: SessionOptions): PageSession {
  const lifetime = new PageLifetime();
  const session = new PageSession(lifetime, options);
  afterTest(() => {
    session.destroy();
    lifetime.end();
  });
  session.start();
  return session;
}
