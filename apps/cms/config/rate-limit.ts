import type { RateLimits } from '../src/content-api/rate-limit';
import { environment } from '../src/environment/environment';

// The content API's limits (src/policies/rate-limit.ts), checked with the rest of the environment:
// generous for people, higher for partners; counted in Redis (REDIS_URL) when set.
const config = (): RateLimits => environment().rateLimits;

export default config;
