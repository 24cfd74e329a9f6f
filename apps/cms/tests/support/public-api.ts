import { request, type JsonResponse } from './admin-api';

export interface ListBody<T = Record<string, unknown>> {
  data: T[];
  meta: { pagination: { page: number; pageSize: number; pageCount: number; total: number } };
  error?: { status: number; name: string; message: string };
}

/** A GET on the content API (`/api/...`), as a visitor or a partner with a token. */
export function get<T = ListBody>(path: string, token?: string): Promise<JsonResponse<T>> {
  return request<T>('GET', `/api${path}`, { token });
}
