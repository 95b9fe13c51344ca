import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { createClient } from './app/apollo.ts';
import { App, preloadView } from './app/App.tsx';

const client = createClient();
const render = () =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <ApolloProvider client={client}>
        <BrowserRouter>
          <App />
        </BrowserRouter>
      </ApolloProvider>
    </StrictMode>,
  );

// The first render waits (at most BOOT_WAIT_MS) for the chunk of the view at this address, so the view
// shows as soon as it is in rather than after a loading state React holds for at least 300 ms (see
// lazy-views.ts). A page opened at the graph first sends the view's two queries, and only then asks for
// the view's chunk: run first, Cytoscape's chunk held the requests back, and the view's own queries
// now find the answers under way. (graph-request.ts is a small chunk of its own: imported here, it
// would add to every page's script.)
const BOOT_WAIT_MS = 1000;
const { pathname, search } = window.location;
const boot =
  pathname === '/graph'
    ? import('./graph/graph-request.ts').then((m) => m.prefetchGraph(client, search)).finally(() => preloadView(pathname))
    : preloadView(pathname);
void Promise.race([boot.catch(() => undefined), new Promise((r) => setTimeout(r, BOOT_WAIT_MS))]).then(render);
