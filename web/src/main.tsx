import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { createClient } from './app/apollo.ts';
import { App } from './app/App.tsx';

const client = createClient();
// A page opened at the graph asks for its data now, while the view's chunk (Cytoscape) downloads,
// rather than once the view first renders; the view's own queries then find the answers under way.
// (A small chunk of its own: imported here, the documents would add to every page's first download.)
if (window.location.pathname === '/graph') void import('./graph/graph-request.ts').then((m) => m.prefetchGraph(client, window.location.search));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <BrowserRouter>
        <App />
      </BrowserRouter>
    </ApolloProvider>
  </StrictMode>,
);
