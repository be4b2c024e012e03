/**
 * Registry authentication: answers a 401's challenges with Basic credentials or a Bearer token for
 * `repository:<name>:pull` (never more), anonymously when there are no credentials. Tokens are cached
 * per registry and scope, and fetched once per scope however many requests want one at the same time (one
 * client serves a whole run: every image, its signatures and its base images). Secrets go only into
 * Authorization headers.
 */
import { configError, errorMessage, infrastructureError } from '../../core/model/errors.js';
import type { Logger } from '../../core/model/logger.js';
import type { Credential, CredentialStore } from './credentials.js';
import { displayUrl, describeStatus, readBody, type Transport } from './http.js';
import { parseWwwAuthenticate, type AuthChallenge } from './www-authenticate.js';

export { parseWwwAuthenticate, type AuthChallenge } from './www-authenticate.js';

const TOKEN_RESPONSE_MAX = 1024 * 1024;
/** The distribution token spec's default lifetime when the server does not say. */
const DEFAULT_TOKEN_SECONDS = 60;
/** Renew a little early so a token does not expire between the check and the request. */
const EXPIRY_MARGIN_MS = 10_000;

interface CachedToken {
  header: string;
  expiresAt: number;
}

export function pullScope(repository: string): string {
  return `repository:${repository}:pull`;
}

function basicHeader(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`;
}

/** How to say "who" in messages without saying anything secret. */
function who(credential: Credential | undefined): string {
  if (!credential) return 'anonymously';
  return credential.kind === 'password'
    ? `as "${credential.username}" (from ${credential.source})`
    : `with the identity token from ${credential.source}`;
}

export class RegistryAuthenticator {
  private readonly tokens = new Map<string, CachedToken>();
  /** Token requests in flight, by registry and scope: whoever needs the same token meanwhile waits for this one. */
  private readonly fetching = new Map<string, Promise<string>>();
  /** Registries known to want Basic: send it up front instead of waiting for each 401. */
  private readonly basic = new Map<string, string>();

  constructor(
    private readonly transport: Transport,
    private readonly credentials: CredentialStore,
    private readonly logger: Logger,
  ) {}

  /**
   * The Authorization header to send before any challenge: Basic for a registry known to want it, a cached
   * token, or the token being fetched for this scope right now (waited for, so requests that start together
   * cost one token request). Undefined when nothing is known: the request goes out bare and its 401 says how.
   */
  async current(registry: string, repository: string): Promise<string | undefined> {
    const basic = this.basic.get(registry);
    if (basic) return basic;
    const key = `${registry} ${pullScope(repository)}`;
    const fetching = this.fetching.get(key);
    // A fetch that fails is reported by the request that started it; this one goes out bare and meets its own 401.
    if (fetching) return fetching.catch(() => undefined);
    const token = this.tokens.get(key);
    if (token && token.expiresAt > Date.now()) return token.header;
    return undefined;
  }

  /** Forget what was sent, after the registry rejected it. */
  invalidate(registry: string, repository: string): void {
    this.basic.delete(registry);
    this.tokens.delete(`${registry} ${pullScope(repository)}`);
  }

  /** Credentials in use for a registry, for error messages ("as user X"). */
  async describeIdentity(registry: string): Promise<string> {
    return who(await this.credentials.get(registry));
  }

  /** Answers a 401: picks the challenge, gets credentials or a token, returns the Authorization header. */
  async authorize(registry: string, repository: string, wwwAuthenticate: string | null): Promise<string> {
    if (!wwwAuthenticate) {
      throw infrastructureError(`Registry ${registry} answered 401 without a WWW-Authenticate challenge`);
    }
    let challenges: AuthChallenge[];
    try {
      challenges = parseWwwAuthenticate(wwwAuthenticate);
    } catch (error) {
      throw infrastructureError(`Registry ${registry} sent a malformed WWW-Authenticate header (${errorMessage(error)})`);
    }
    const bearer = challenges.find((challenge) => challenge.scheme === 'bearer');
    if (bearer) return this.bearer(registry, repository, bearer);
    if (challenges.some((challenge) => challenge.scheme === 'basic')) return this.basicAuth(registry, repository);
    const schemes = challenges.map((challenge) => challenge.scheme).join(', ') || 'none';
    throw infrastructureError(`Registry ${registry} asks for an unsupported authentication scheme (${schemes})`);
  }

  private async basicAuth(registry: string, repository: string): Promise<string> {
    const credential = await this.credentials.get(registry);
    if (!credential) {
      throw configError(
        `Registry ${registry} requires authentication to pull ${repository} and no credentials were given for it (set registry credentials or run docker login)`,
      );
    }
    if (credential.kind !== 'password') {
      throw configError(`Registry ${registry} asks for Basic authentication but only an identity token is configured for it (${credential.source})`);
    }
    const header = basicHeader(credential.username, credential.password);
    this.basic.set(registry, header);
    return header;
  }

  /**
   * One token request per registry and scope at a time: a second 401 for the scope joins the one in flight, and one
   * that arrives after it finished takes the token it left. That token is newer than the request that met the 401:
   * the client invalidates the token it sent before it asks here, so a cached one was fetched since.
   */
  private bearer(registry: string, repository: string, challenge: AuthChallenge): Promise<string> {
    const key = `${registry} ${pullScope(repository)}`;
    const inFlight = this.fetching.get(key);
    if (inFlight) return inFlight;
    const cached = this.tokens.get(key);
    if (cached && cached.expiresAt > Date.now()) return Promise.resolve(cached.header);
    const fetched = this.fetchToken(registry, repository, challenge).finally(() => this.fetching.delete(key));
    this.fetching.set(key, fetched);
    return fetched;
  }

  private async fetchToken(registry: string, repository: string, challenge: AuthChallenge): Promise<string> {
    const scope = pullScope(repository);
    const key = `${registry} ${scope}`;
    const realm = challenge.params.realm;
    if (!realm) throw infrastructureError(`Registry ${registry} sent a Bearer challenge without a realm`);
    let url: URL;
    try {
      url = new URL(realm);
    } catch {
      throw infrastructureError(`Registry ${registry} sent a Bearer realm that is not a URL`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      throw infrastructureError(`Registry ${registry} sent a Bearer realm that is not an http(s) URL`);
    }
    const credential = await this.credentials.get(registry);
    const service = challenge.params.service;
    const what = `a pull token for ${repository} from ${displayUrl(url)}`;
    let response: Response;
    if (credential?.kind === 'identity-token') {
      // An identity token is an OAuth2 refresh token: exchanged by POST, as docker does.
      const form = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: credential.identityToken, client_id: 'image-gate', scope });
      if (service) form.set('service', service);
      response = await this.transport.send({
        method: 'POST',
        url,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: form.toString(),
        what,
        registry,
      });
    } else {
      if (service) url.searchParams.set('service', service);
      url.searchParams.set('scope', scope);
      const headers: Record<string, string> = {};
      if (credential) headers.authorization = basicHeader(credential.username, credential.password);
      response = await this.transport.send({ method: 'GET', url, headers, what, registry });
    }
    if (response.status === 401 || response.status === 403) {
      const status = await describeStatus(response);
      if (!credential) {
        throw configError(
          `Registry ${registry} refused an anonymous pull token for ${repository} (${status}): it needs credentials (set registry credentials or run docker login)`,
        );
      }
      throw configError(`Authentication to registry ${registry} failed ${who(credential)} (${status}): check the username and password or token`);
    }
    if (response.status !== 200) {
      const status = await describeStatus(response);
      throw infrastructureError(`The token server for ${registry} answered ${status} when asked for ${what}`);
    }
    const { bytes } = await readBody(response, {
      maxBytes: TOKEN_RESPONSE_MAX,
      algorithm: 'sha256',
      what,
      registry,
      timeoutMs: this.transport.options.timeoutMs,
    });
    const token = parseTokenResponse(bytes, registry);
    const lifetimeMs = (token.expiresIn ?? DEFAULT_TOKEN_SECONDS) * 1000;
    const header = `Bearer ${token.token}`;
    this.tokens.set(key, { header, expiresAt: Date.now() + Math.max(lifetimeMs - EXPIRY_MARGIN_MS, 0) });
    this.logger.debug(`Got a pull token for ${repository} on ${registry} ${who(credential)}`);
    return header;
  }
}

/** Token servers answer `token` (distribution) or `access_token` (OAuth2); either will do. */
export function parseTokenResponse(bytes: Buffer, registry: string): { token: string; expiresIn?: number } {
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw infrastructureError(`The token server for ${registry} answered with something that is not JSON`);
  }
  if (typeof json !== 'object' || json === null) {
    throw infrastructureError(`The token server for ${registry} answered with something that is not a JSON object`);
  }
  const record = json as Record<string, unknown>;
  const token = typeof record.token === 'string' && record.token ? record.token : record.access_token;
  if (typeof token !== 'string' || token === '') {
    throw infrastructureError(`The token server for ${registry} answered without a token`);
  }
  // A token with a newline or space would let a server inject into our headers.
  if (!/^[\x21-\x7e]+$/.test(token)) throw infrastructureError(`The token server for ${registry} answered with a malformed token`);
  const result: { token: string; expiresIn?: number } = { token };
  if (typeof record.expires_in === 'number' && record.expires_in > 0) result.expiresIn = record.expires_in;
  return result;
}
