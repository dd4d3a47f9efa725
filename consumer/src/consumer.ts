/**
 * A minimal dhtt consumer, written only against the committed OpenAPI contract.
 *
 * Every request and response type below comes from ./api.d.ts, which
 * `openapi-typescript` generates from ../openapi/openapi.json. Nothing here is
 * hand-written to mirror the server: if the contract changes in a way that breaks
 * this consumer (a path, a parameter, a field or a status code goes away or changes
 * type), `tsc` fails. Runtime dependencies: none besides the platform `fetch`.
 */
import type { components, paths } from "./api";

type Schemas = components["schemas"];

// ---------------------------------------------------------------------------
// Paths used at runtime, checked against the contract's path keys.
// ---------------------------------------------------------------------------

const TOKEN_PATH = "/api/v1/auth/token" satisfies keyof paths;
const CONFERENCES_PATH = "/api/v1/conferences" satisfies keyof paths;
const DELEGATES_PATH = "/api/v1/conferences/{conference_id}/delegates" satisfies keyof paths;
const VOCABULARY_PATH = "/api/v1/vocabulary" satisfies keyof paths;

// ---------------------------------------------------------------------------
// Operation types, taken from `paths` (not re-declared).
// ---------------------------------------------------------------------------

type IssueTokenOp = paths[typeof TOKEN_PATH]["post"];
export type TokenForm = IssueTokenOp["requestBody"]["content"]["application/x-www-form-urlencoded"];
export type TokenResponse = IssueTokenOp["responses"]["200"]["content"]["application/json"];

type ListConferencesOp = paths[typeof CONFERENCES_PATH]["get"];
export type ConferenceQuery = NonNullable<ListConferencesOp["parameters"]["query"]>;
export type ConferencePage = ListConferencesOp["responses"]["200"]["content"]["application/json"];
export type ConferencePublic = ConferencePage["items"][number];

type AddDelegateOp = paths[typeof DELEGATES_PATH]["post"];
export type AddDelegatePath = AddDelegateOp["parameters"]["path"];
export type AddDelegateHeaders = NonNullable<AddDelegateOp["parameters"]["header"]>;
export type DelegateCreate = AddDelegateOp["requestBody"]["content"]["application/json"];
export type DelegatePublic = AddDelegateOp["responses"]["201"]["content"]["application/json"];

export type Problem = Schemas["Problem"];
/** Every code the service can answer with: an enum in the contract. */
export type ProblemCode = Problem["code"];

type VocabularyOp = paths[typeof VOCABULARY_PATH]["get"];
export type Vocabulary = VocabularyOp["responses"]["200"]["content"]["application/json"];

/** How many delegates still fit, read from a refused write's facts (A1–A3), not from its sentence. */
export function roomLeft(problem: Problem): number | null {
  const code: ProblemCode = "delegate_cap_exceeded";
  return problem.code === code ? (problem.room ?? null) : null;
}

/** A value's label in the caller's language, from GET /vocabulary (e.g. "DelegateCategory", "hero"). */
export function labelOf(vocabulary: Vocabulary, name: string, value: string, lang: "vi" | "en"): string {
  const entry = vocabulary.enums.find((e) => e.name === name)?.values.find((v) => v.value === value);
  return entry ? entry[lang] : value;
}

/** The problem bodies an operation declares for its error statuses. */
type ProblemOf<Op> = Op extends { responses: infer R }
  ? {
      [S in keyof R]: R[S] extends { content: { "application/problem+json": infer P } } ? P : never;
    }[keyof R]
  : never;

// The operation types must be the named schemas a portal or app team would reach for.
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expect<T extends true> = T;
export type ContractChecks = [
  Expect<Equal<TokenResponse, Schemas["TokenResponse"]>>,
  Expect<Equal<ConferencePage, Schemas["Page_ConferencePublic_"]>>,
  Expect<Equal<ConferencePublic, Schemas["ConferencePublic"]>>,
  Expect<Equal<DelegateCreate, Schemas["DelegateCreate"]>>,
  Expect<Equal<DelegatePublic, Schemas["DelegatePublic"]>>,
  Expect<Equal<Vocabulary, Schemas["Vocabulary"]>>,
  Expect<Equal<ProblemOf<IssueTokenOp>, Problem>>,
  Expect<Equal<ProblemOf<ListConferencesOp>, Problem>>,
  Expect<Equal<ProblemOf<AddDelegateOp>, Problem>>,
];

// ---------------------------------------------------------------------------
// Errors: RFC 9457 problems carrying a `code` (and a `rule` where one applies).
// ---------------------------------------------------------------------------

export class ApiError extends Error {
  constructor(
    readonly status: number,
    /** The parsed problem, or null when the body was not a problem (e.g. a proxy's 502 page). */
    readonly problem: Problem | null,
  ) {
    super(problem ? `${status} ${problem.code}: ${problem.detail}` : `HTTP ${status}`);
    this.name = "ApiError";
  }

  /** The machine-readable error code, e.g. `delegate_cap_exceeded`, `not_found`. */
  get code(): string | null {
    return this.problem === null ? null : problemCode(this.problem);
  }
}

/** Reads the `code` of a problem (the field clients branch on; `title`/`detail` are for people). */
export function problemCode(problem: Problem): string {
  return problem.code;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Runtime guard for the fields the contract marks as required on a Problem. */
export function isProblem(value: unknown): value is Problem {
  if (!isRecord(value)) return false;
  const required = {
    type: "string",
    title: "string",
    status: "number",
    detail: "string",
    code: "string",
  } as const satisfies { [K in keyof Problem]?: "string" | "number" };
  return Object.entries(required).every(([key, kind]) => typeof value[key] === kind);
}

/** Reads an error response's problem body; null when it is not a problem. */
export async function readProblem(res: Response): Promise<Problem | null> {
  const contentType = res.headers.get("content-type") ?? "";
  if (!contentType.includes("json")) return null;
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    return null;
  }
  return isProblem(body) ? body : null;
}

// ---------------------------------------------------------------------------
// Transport
// ---------------------------------------------------------------------------

export interface ClientOptions {
  /** e.g. `https://dhtt.example.gov.vn` (no trailing `/api/v1`). */
  baseUrl: string;
  /** Problem `title`/`detail` language; the server defaults to Vietnamese. */
  language?: "vi" | "en";
  fetch?: typeof fetch;
}

type QueryValue = string | number | boolean | null | undefined;

function buildUrl(
  options: ClientOptions,
  template: keyof paths,
  pathParams: Readonly<Record<string, string>> = {},
  query: Readonly<Record<string, QueryValue>> = {},
): string {
  const path = template.replace(/\{([^}]+)\}/g, (_match, name: string) => {
    const value = pathParams[name];
    if (value === undefined) throw new Error(`missing path parameter ${name}`);
    return encodeURIComponent(value);
  });
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== null && value !== undefined) search.set(key, String(value));
  }
  const qs = search.toString();
  return `${options.baseUrl.replace(/\/+$/, "")}${path}${qs ? `?${qs}` : ""}`;
}

async function send<T>(options: ClientOptions, url: string, init: RequestInit, okStatus: number): Promise<T> {
  const headers = new Headers(init.headers);
  headers.set("Accept", "application/json, application/problem+json");
  if (options.language) headers.set("Accept-Language", options.language);
  const res = await (options.fetch ?? fetch)(url, { ...init, headers });
  if (res.status !== okStatus) {
    throw new ApiError(res.status, await readProblem(res));
  }
  // The single place where the contract is trusted: the body of a declared success status.
  const body: unknown = await res.json();
  return body as T;
}

function bearer(token: TokenResponse): string {
  return `Bearer ${token.access_token}`;
}

// ---------------------------------------------------------------------------
// The four things a portal or mobile team does first
// ---------------------------------------------------------------------------

/** POST /api/v1/auth/token — OAuth2 password grant, form-encoded. */
export async function login(options: ClientOptions, username: string, password: string): Promise<TokenResponse> {
  const form: TokenForm = { grant_type: "password", username, password };
  const body = new URLSearchParams();
  for (const [key, value] of Object.entries(form)) {
    if (value !== null && value !== undefined) body.set(key, value);
  }
  return send<TokenResponse>(
    options,
    buildUrl(options, TOKEN_PATH),
    { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body },
    200,
  );
}

/** GET /api/v1/conferences — one page. */
export async function listConferencesPage(
  options: ClientOptions,
  token: TokenResponse,
  query: ConferenceQuery = {},
): Promise<ConferencePage> {
  return send<ConferencePage>(
    options,
    buildUrl(options, CONFERENCES_PATH, {}, query),
    { method: "GET", headers: { Authorization: bearer(token) } },
    200,
  );
}

/** GET /api/v1/conferences — every page, following `next_cursor` until it is null. */
export async function* iterateConferences(
  options: ClientOptions,
  token: TokenResponse,
  query: Omit<ConferenceQuery, "cursor"> = {},
): AsyncGenerator<ConferencePublic, void, undefined> {
  let cursor: ConferencePage["next_cursor"] = null;
  do {
    const page: ConferencePage = await listConferencesPage(options, token, { ...query, cursor });
    yield* page.items;
    cursor = page.next_cursor;
  } while (cursor !== null);
}

/** POST /api/v1/conferences/{conference_id}/delegates */
export async function addDelegate(
  options: ClientOptions,
  token: TokenResponse,
  path: AddDelegatePath,
  delegate: DelegateCreate,
  headers: AddDelegateHeaders = {},
): Promise<DelegatePublic> {
  const sent = new Headers({ Authorization: bearer(token), "Content-Type": "application/json" });
  const idempotencyKey = headers["Idempotency-Key"];
  if (idempotencyKey) sent.set("Idempotency-Key", idempotencyKey);
  return send<DelegatePublic>(
    options,
    buildUrl(options, DELEGATES_PATH, path),
    { method: "POST", headers: sent, body: JSON.stringify(delegate) },
    201,
  );
}

// ---------------------------------------------------------------------------
// Putting it together
// ---------------------------------------------------------------------------

/** Logs in, finds a draft district-level conference, adds a delegate, and reports a rule's code. */
export async function example(options: ClientOptions, username: string, password: string): Promise<string> {
  const token = await login(options, username, password);

  let target: ConferencePublic | undefined;
  for await (const conference of iterateConferences(options, token, { limit: 100 })) {
    if (conference.list_state === "draft" && conference.delegate_cap !== null) {
      target = conference;
      break;
    }
  }
  if (target === undefined) return "no draft conference with a delegate cap";

  const delegate: DelegateCreate = {
    full_name: "Nguyễn Văn An",
    category: "exemplar",
    gender: "male",
    birth_date: "1985-04-12",
    workplace: "UBND xã Tân Phú",
    pilot_invitee: false,
    province_commendations: 0,
  };

  try {
    const created = await addDelegate(
      options,
      token,
      { conference_id: target.id },
      delegate,
      { "Idempotency-Key": `add-${target.id}-${delegate.full_name}` },
    );
    return `added ${created.full_name} (${created.id}) to ${target.title.join(" ")}`;
  } catch (error) {
    if (error instanceof ApiError && error.problem !== null) {
      const rule = error.problem.rule ?? "-";
      switch (problemCode(error.problem)) {
        case "delegate_cap_exceeded":
        case "delegate_list_locked":
        case "duplicate_delegate":
          return `refused by rule ${rule}: ${error.problem.detail}`;
        case "validation_error":
          return (error.problem.errors ?? []).map((e) => `${e.field}: ${e.code}`).join("; ");
        default:
          return `${error.status} ${problemCode(error.problem)}`;
      }
    }
    throw error;
  }
}
