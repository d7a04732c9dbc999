import { createCacheServer } from './server';
import { readSettings } from './settings';
import { EntryStore } from './store';

function main(): void {
  const settings = readSettings(process.env, process.argv.slice(2), process.cwd());
  const server = createCacheServer({
    store: new EntryStore(settings.dir),
    token: settings.token,
    readToken: settings.readToken,
    maxEntryBytes: Math.round(settings.maxEntryMb * 1024 * 1024),
    log: (line) => console.log(line),
  });
  server.on('error', (error) => {
    console.error(`error: ${error.message}`);
    process.exit(1);
  });
  server.listen(settings.port, settings.host, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : settings.port;
    const auth = settings.token || settings.readToken ? `bearer tokens (${[settings.token && 'read-write', settings.readToken && 'read-only'].filter(Boolean).join(', ')})` : 'no token: open to anyone who can reach it';
    // Tests and scripts read the URL from this line when the port is 0 (any free port).
    console.log(`cache-server: listening on http://${settings.host}:${port}; entries in ${settings.dir}; auth: ${auth}`);
  });
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

try {
  main();
} catch (error) {
  console.error(`error: ${(error as Error).message}`);
  process.exit(1);
}
