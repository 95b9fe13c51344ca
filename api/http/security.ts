/** Security headers and explicit CORS. */
import type { NextFunction, Request, Response } from 'express';

/** The web app's policy: its own scripts, inline style attributes (React, Cytoscape), images from data: and blob: (graph export). */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Headers on every response. In development the Apollo landing page (GET /graphql, HTML that
 * loads Apollo's sandbox from its CDN) is left without the content security policy.
 */
export function securityHeaders(development: boolean) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!(development && req.path === '/graphql' && req.method === 'GET')) res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'no-referrer');
    res.setHeader('x-frame-options', 'DENY');
    res.setHeader('cross-origin-opener-policy', 'same-origin');
    res.setHeader('cross-origin-resource-policy', 'same-origin');
    next();
  };
}

const ALLOWED_HEADERS = 'content-type, authorization, apollo-require-preflight, x-apollo-operation-name, x-request-id, if-none-match, x-triangulate-upload';

/**
 * CORS: the same origin always; other origins only when listed (CORS_ORIGINS). An allowed
 * origin gets Access-Control-Allow-Origin (and a preflight 204); a preflight from any other origin
 * gets 403 with JSON naming the origin. Requests without Origin (curl, same-origin GET) pass.
 */
export function cors(allowed: readonly string[]) {
  const list = new Set(allowed.map((o) => o.replace(/\/$/, '')));
  return (req: Request, res: Response, next: NextFunction) => {
    const origin = req.headers.origin;
    res.append('vary', 'Origin');
    if (!origin) return next();
    const same = origin === `${req.protocol}://${req.headers.host}`;
    const ok = same || list.has(origin);
    const preflight = req.method === 'OPTIONS' && req.headers['access-control-request-method'] !== undefined;
    if (ok && !same) {
      res.setHeader('access-control-allow-origin', origin);
      res.setHeader('access-control-expose-headers', 'x-request-id, retry-after, etag');
    }
    if (!preflight) return next();
    if (!ok) {
      res.status(403).json({ error: `origin ${origin} is not allowed (set CORS_ORIGINS to allow it)` });
      return;
    }
    res.setHeader('access-control-allow-origin', origin);
    res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
    res.setHeader('access-control-allow-headers', ALLOWED_HEADERS);
    res.setHeader('access-control-max-age', '600');
    res.status(204).end();
  };
}
