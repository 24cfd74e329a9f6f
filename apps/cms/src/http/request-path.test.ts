import { canonicalPath, MalformedPathError } from './request-path';

describe('canonicalPath', () => {
  it.each([
    '/api/upload/files',
    '/API/Upload/Files',
    '/api/upload/files/',
    '/api//upload/files',
    '//api/upload//files//',
    '/api/%75pload/files',
    '/api/%55PLOAD/files',
    '/api/upload%2Ffiles',
    '/api/upload%2ffiles',
    '/api/%2575pload/files',
    '/api/./upload/files',
    '/api/x/../upload/files',
    '/api\\upload\\files',
    '/api/upload/files/.',
  ])('reads %s as /api/upload/files', (spelling) => {
    expect(canonicalPath(spelling)).toBe('/api/upload/files');
  });

  it('keeps what tells paths apart', () => {
    expect(canonicalPath('/api/uploads')).toBe('/api/uploads');
    expect(canonicalPath('/')).toBe('/');
    expect(canonicalPath('/../..')).toBe('/');
  });

  it.each(['/api/%E0%A4%A', '/api/%C0%AF', '/api/%252525252575pload'])('refuses %s', (spelling) => {
    expect(() => canonicalPath(spelling)).toThrow(MalformedPathError);
  });
});
