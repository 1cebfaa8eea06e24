// A Chromium driven over the DevTools protocol directly, for measurements that Playwright would
// distort. Playwright switches on the protocol's Runtime domain in every page it opens, and while
// that domain is on, Chromium captures a detailed stack trace each time a script constructs an Error.
// That needs the source positions of every function on the stack, which V8 leaves out when it
// compiles and recovers by parsing the script again. ReactDOM constructs four Errors as its module
// starts, inside one 200 KB function: at 4× CPU slowdown its start took 78–101 ms with the domain on
// and 12–23 ms without, in the same build. A visitor's browser has no DevTools attached, so this
// client switches on only what a measurement asks for.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

/**
 * Starts a headless Chromium with the DevTools protocol on a free port.
 * @param {string} executablePath
 * @param {string[]} args more flags
 */
export async function launchDevtoolsBrowser(executablePath, args) {
  const chromium = spawn(
    executablePath,
    ['--headless=new', '--remote-debugging-port=0', ...args, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const endpoint = await new Promise((resolve, reject) => {
    const lines = createInterface({ input: chromium.stderr });
    lines.on('line', (line) => {
      const url = /^DevTools listening on (ws:\/\/\S+)/.exec(line)?.[1];
      if (url) resolve(url);
    });
    chromium.once('exit', (code) =>
      reject(new Error(`Chromium exited (code ${code}) before its DevTools endpoint was up`)),
    );
  });
  const socket = new WebSocket(endpoint);
  await new Promise((resolve, reject) => {
    socket.addEventListener('open', resolve, { once: true });
    socket.addEventListener('error', () => reject(new Error(`Cannot connect to ${endpoint}`)), {
      once: true,
    });
  });

  let lastId = 0;
  const pending = new Map();
  socket.addEventListener('message', ({ data }) => {
    const message = JSON.parse(data);
    const reply = pending.get(message.id);
    if (!reply) return; // an event: nothing here listens to any
    pending.delete(message.id);
    if (message.error) reply.reject(new Error(`${reply.method}: ${message.error.message}`));
    else reply.resolve(message.result);
  });

  /**
   * Sends one command, to the browser or to the page of `sessionId`, and resolves with its result.
   * @param {string} method
   * @param {object} [params]
   * @param {string} [sessionId]
   */
  const send = (method, params = {}, sessionId = undefined) =>
    new Promise((resolve, reject) => {
      lastId += 1;
      pending.set(lastId, { resolve, reject, method });
      socket.send(JSON.stringify({ id: lastId, method, params, sessionId }));
    });

  return {
    /**
     * A new page in a browser context of its own (an empty cache and storage), and a function that
     * sends commands to it. Close it with `close()`.
     */
    async newPage() {
      const { browserContextId } = await send('Target.createBrowserContext');
      const { targetId } = await send('Target.createTarget', {
        url: 'about:blank',
        browserContextId,
      });
      const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
      return {
        /** @type {(method: string, params?: object) => Promise<any>} */
        send: (method, params) => send(method, params, sessionId),
        close: () => send('Target.disposeBrowserContext', { browserContextId }),
      };
    },
    async close() {
      socket.close();
      if (chromium.exitCode !== null) return;
      const exited = new Promise((resolve) => chromium.once('exit', resolve));
      chromium.kill();
      await exited;
    },
  };
}
