// The backend is the only source of numbers: the Mini App never computes a score itself.
import { initData } from './telegram.js';

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail ?? `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

export async function get(path, { method = 'GET', send } = {}) {
  const headers = { Authorization: `tma ${initData()}`, Accept: 'application/json' };
  if (send !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(path, { method, headers, body: send === undefined ? undefined : JSON.stringify(send) });
  const isJson = (response.headers.get('content-type') ?? '').includes('json');
  const body = isJson ? await response.json() : null;
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

export const api = {
  me: () => get('/api/me'),
  garage: () => get('/api/my/vehicles'),
  achievements: () => get('/api/me/achievements'),
  centers: () => get('/api/me/centers'),
  settings: () => get('/api/me/settings'),
  saveSettings: (settings) => get('/api/me/settings', { method: 'PUT', send: settings }),
  unmute: (id) => get(`/api/me/settings/muted-centers/${encodeURIComponent(id)}`, { method: 'DELETE' }),
  center: (id) => get(`/api/service-centers/${encodeURIComponent(id)}/trust-score`),
  charts: (id) => get(`/api/my/vehicles/${encodeURIComponent(id)}/charts`),
  documents: (id) => get(`/api/my/vehicles/${encodeURIComponent(id)}/documents`),
  tyres: (id) => get(`/api/my/vehicles/${encodeURIComponent(id)}/tyres`),
  score: (id) => get(`/api/my/vehicles/${encodeURIComponent(id)}/score`),
  makeReport: (id, choices) => get(`/api/my/vehicles/${encodeURIComponent(id)}/reports`, { method: 'POST', send: choices }),
  shareLinks: () => get('/api/my/share-links'),
  revokeShareLink: (id) => get(`/api/my/share-links/${encodeURIComponent(id)}`, { method: 'DELETE' }),
  timeline: (id, cursor) =>
    get(`/api/my/vehicles/${encodeURIComponent(id)}/timeline${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''}`),
};
