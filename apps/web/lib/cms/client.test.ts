/**
 * @jest-environment node
 * @jest-environment-options {"customExportConditions": ["react-server", "node", "require", "default"]}
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { CmsError, cmsBaseUrl, cmsGet } from './client';

describe('the CMS client', () => {
  let server: http.Server;
  let previous: string | undefined;

  beforeAll(async () => {
    server = http.createServer((request, response) => {
      if (request.url === '/api/services?locale=it') {
        response.writeHead(200, { 'Content-Type': 'application/json' });
        response.end(JSON.stringify({ data: [{ title: 'Mediazione' }] }));
      } else {
        response.writeHead(404, { 'Content-Type': 'application/json' });
        response.end(JSON.stringify({ error: { status: 404 } }));
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    previous = process.env.CMS_URL;
    process.env.CMS_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });

  afterAll(async () => {
    process.env.CMS_URL = previous;
    await new Promise((resolve) => server.close(resolve));
  });

  it('reads JSON from the CMS REST API', async () => {
    await expect(cmsGet('/services?locale=it')).resolves.toEqual({ data: [{ title: 'Mediazione' }] });
  });

  it('turns an error status into a CmsError with the status', async () => {
    await expect(cmsGet('/nope')).rejects.toMatchObject({ name: 'CmsError', status: 404 });
  });

  it('says so when the CMS cannot be reached', async () => {
    const { port } = server.address() as AddressInfo;
    process.env.CMS_URL = 'http://127.0.0.1:9';
    await expect(cmsGet('/services')).rejects.toBeInstanceOf(CmsError);
    process.env.CMS_URL = `http://127.0.0.1:${port}`;
  });

  it('ignores trailing slashes of CMS_URL and defaults to the local CMS', () => {
    expect(cmsBaseUrl({ CMS_URL: 'http://cms:1337//' })).toBe('http://cms:1337');
    expect(cmsBaseUrl({})).toBe('http://127.0.0.1:1337');
  });
});
