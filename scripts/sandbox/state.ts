/**
 * The sandbox's state: per API, per account (a Razorpay key id, a Juspay merchant id, a gateway key), named
 * collections of entities in creation order, the account's clock offset and its planned failures. Everything a
 * request does happens synchronously on one thread, so concurrent requests never interleave inside a write.
 *
 * Memory is bounded, and the bounds are documented in the README: each collection keeps at most `maxObjects`
 * entities (creating one more evicts the oldest, as a test mode that keeps running must), and at most
 * `maxAccounts` accounts are kept (the least recently used is dropped).
 */
import { useRecent } from '../lib/recent-map.ts';
import { dict, type Dict } from '../lib/untrusted.ts';

export interface Entity {
  id: string;
  [field: string]: unknown;
}

export interface SandboxLimits {
  /** Entities per collection per account. */
  maxObjects: number;
  /** Accounts over all APIs. */
  maxAccounts: number;
}

export const DEFAULT_LIMITS: SandboxLimits = { maxObjects: 10_000, maxAccounts: 1_000 };

/**
 * How far an account's clock may be ahead of the wall clock, in all (the clock control moves it, a state file sets
 * it): its dates stay four-digit years the vendors' formats hold (Juspay's ISO dates have none past 9999).
 */
export const MAX_CLOCK_OFFSET_SECONDS = 100 * 365 * 86_400;

/** Whether an account may have `offset` as its clock offset: whole seconds, 0 to MAX_CLOCK_OFFSET_SECONDS. */
export function isClockOffset(offset: unknown): offset is number {
  return Number.isInteger(offset) && (offset as number) >= 0 && (offset as number) <= MAX_CLOCK_OFFSET_SECONDS;
}

/**
 * A failure the caller asked for: the next `remaining` calls of `operationId` (any, when undefined) answer `status`.
 * Only calls of `operations`, those whose spec documents `status`, are served it: a failure answers that example.
 */
export interface PlannedFailure {
  status: number;
  operationId?: string;
  operations: ReadonlySet<string>;
  remaining: number;
  /** The `Retry-After` its 429 answers carry instead of the documented example's (a client's retry test need not wait 30 s). */
  retryAfter?: number;
}

/** Derives the key an entity is found by in an index, or undefined when it has none. */
export type IndexKey<T> = (entity: T) => string | undefined;

/**
 * Entities in creation order, found by id or by an index key in constant time and listed newest first without
 * copying the collection: a create, a read and a page of a list cost the same whatever the collection holds.
 * Slots of deleted or evicted entities are left empty and compacted once they are the majority.
 */
export class Collection<T extends Entity = Entity> {
  private readonly byId = new Map<string, number>();
  private slots: (T | undefined)[] = [];
  /** Slots before `head` are all empty: the oldest entity is at `head` or after. */
  private head = 0;
  private readonly indexes = new Map<string, { key: IndexKey<T>; map: Map<string, string> }>();

  constructor(
    private readonly max: number,
    indexes: Record<string, IndexKey<T>> = {},
  ) {
    for (const [name, key] of Object.entries(indexes)) this.indexes.set(name, { key, map: new Map() });
  }

  get size(): number {
    return this.byId.size;
  }

  get(id: string): T | undefined {
    const slot = this.byId.get(id);
    return slot === undefined ? undefined : this.slots[slot];
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** The entity an index holds under `key`. */
  lookup(index: string, key: string): T | undefined {
    const id = this.indexes.get(index)?.map.get(key);
    return id === undefined ? undefined : this.get(id);
  }

  /**
   * Adds an entity, or replaces the one with its id in place (an edit keeps the entity's position), evicting the
   * oldest when the collection is full.
   */
  add(entity: T): T {
    const slot = this.byId.get(entity.id);
    if (slot !== undefined) {
      this.unindex(this.slots[slot]!);
      this.slots[slot] = entity;
    } else {
      if (this.byId.size >= this.max) this.evictOldest();
      this.byId.set(entity.id, this.slots.length);
      this.slots.push(entity);
    }
    for (const { key, map } of this.indexes.values()) {
      const value = key(entity);
      if (value !== undefined) map.set(value, entity.id);
    }
    return entity;
  }

  delete(id: string): boolean {
    const slot = this.byId.get(id);
    if (slot === undefined) return false;
    this.unindex(this.slots[slot]!);
    this.slots[slot] = undefined;
    this.byId.delete(id);
    this.compactIfSparse();
    return true;
  }

  /** Up to `count` entities, newest first, that satisfy `predicate`, after skipping `skip` of them. */
  newest(count = Infinity, skip = 0, predicate: (entity: T) => boolean = () => true): T[] {
    const page: T[] = [];
    for (let slot = this.slots.length - 1; slot >= this.head && page.length < count; slot--) {
      const entity = this.slots[slot];
      if (!entity || !predicate(entity)) continue;
      if (skip > 0) skip--;
      else page.push(entity);
    }
    return page;
  }

  /** Oldest first: the order they were created in (and are saved in). */
  all(): T[] {
    return this.slots.filter((entity): entity is T => entity !== undefined);
  }

  private evictOldest(): void {
    while (this.head < this.slots.length && this.slots[this.head] === undefined) this.head++;
    const oldest = this.slots[this.head];
    if (oldest) this.delete(oldest.id);
  }

  private unindex(entity: T): void {
    for (const { key, map } of this.indexes.values()) {
      const value = key(entity);
      if (value !== undefined && map.get(value) === entity.id) map.delete(value);
    }
  }

  private compactIfSparse(): void {
    if (this.slots.length < 64 || this.byId.size * 2 > this.slots.length) return;
    this.slots = this.all();
    this.head = 0;
    this.slots.forEach((entity, slot) => this.byId.set(entity!.id, slot));
  }
}

/** What a vendor's sandbox says of one of its collections: the spec schema of its entities, the indexes it reads. */
export interface CollectionDefinition {
  /**
   * A pointer into the API's spec, e.g. `#/components/schemas/RazorpayCustomer`: every collection has one, as a state
   * file's entities are answered as they are and must hold what the spec promises (checked on --seed/--state).
   */
  schema: string;
  indexes?: Record<string, IndexKey<any>>;
  /**
   * The indexes whose keys the handlers keep unique in an account (Razorpay's customer pair, Juspay's
   * `object_reference_id`): an index holds one entity per key, so a state file with two under one key is refused.
   */
  unique?: string[];
}

export class Account {
  readonly collections: Dict<Collection> = dict();
  /** Seconds added to the wall clock (POST /__sandbox/clock), so that expiries can be reached in a test. */
  clockOffset = 0;
  failures: PlannedFailure[] = [];

  constructor(
    private readonly maxObjects: number,
    private readonly definitions: Record<string, CollectionDefinition>,
    /**
     * Says the account changed where the sandbox would not know it (writes are known by their method): a read that
     * finds an invoice expired expires it, and that must be saved, or a restart expires it again and says so again.
     */
    readonly changed: () => void = () => {},
  ) {}

  /** The named collection (one its API's sandbox defines), made on first use with its indexes. */
  collection<T extends Entity>(name: string): Collection<T> {
    // Own keys only: `toString` or `constructor` (a name from a state file) must not find Object.prototype's.
    const definition = Object.hasOwn(this.definitions, name) ? this.definitions[name] : undefined;
    if (!definition) throw new Error(`no collection "${name}" is defined for this account's API`);
    this.collections[name] ??= new Collection<T>(this.maxObjects, definition.indexes) as unknown as Collection;
    return this.collections[name] as unknown as Collection<T>;
  }

  /** The account's time, in Unix seconds. */
  now(): number {
    return Math.floor(Date.now() / 1000) + this.clockOffset;
  }

  /** Takes the first planned failure `operationId` can answer, if any is left. */
  takeFailure(operationId: string): PlannedFailure | undefined {
    const index = this.failures.findIndex((failure) => failure.operations.has(operationId));
    if (index === -1) return undefined;
    const failure = this.failures[index]!;
    failure.remaining--;
    if (failure.remaining <= 0) this.failures.splice(index, 1);
    return failure;
  }
}

/** The saved form of an account: its collections (oldest first) and its clock offset. */
export interface SavedAccount {
  clock_offset?: number;
  collections: Record<string, Entity[]>;
}

/** What `--state` writes and `--seed` reads: API → account → saved account. */
export interface SavedState {
  format: typeof STATE_FORMAT;
  version: 1;
  apis: Record<string, Record<string, SavedAccount>>;
}

export const STATE_FORMAT = 'cloudlesspay-sandbox-state';

export class SandboxState {
  /** Keyed by API and account; Map order is recency of use, oldest first. */
  private readonly accounts = new Map<string, { api: string; id: string; account: Account }>();
  private readonly listeners = new Set<() => void>();
  private readonly definitions = new Map<string, Record<string, CollectionDefinition>>();

  constructor(readonly limits: SandboxLimits = DEFAULT_LIMITS) {}

  /** Declares the collections of an API's sandbox; must come before its accounts are used. */
  defineCollections(api: string, collections: Record<string, CollectionDefinition>): void {
    this.definitions.set(api, collections);
  }

  account(api: string, id: string): Account {
    // The functions are passed inline, not named: tsx compiles with esbuild's keepNames, which gives a named closure a
    // defineProperty call each time it is made (~0.8 µs), and this runs several times per request.
    return useRecent(
      this.accounts,
      `${api}\n${id}`,
      this.limits.maxAccounts,
      () => ({ api, id, account: new Account(this.limits.maxObjects, this.definitions.get(api) ?? {}, () => this.changed()) }),
      // The account pushed out, whatever the request (a read too), is gone: a state file must not bring it back.
      () => this.changed(),
    ).account;
  }

  /** Forgets one account's state (POST /__sandbox/reset): other accounts are untouched. */
  reset(api: string, id: string): void {
    this.accounts.delete(`${api}\n${id}`);
    this.changed();
  }

  /** Tells the listeners (persistence) that something changed. */
  changed(): void {
    for (const listener of this.listeners) listener();
  }

  onChange(listener: () => void): void {
    this.listeners.add(listener);
  }

  save(): SavedState {
    const apis: Record<string, Record<string, SavedAccount>> = dict();
    for (const { api, id, account } of this.accounts.values()) {
      const collections: Record<string, Entity[]> = dict();
      for (const [name, collection] of Object.entries(account.collections)) collections[name] = collection.all();
      apis[api] ??= dict();
      apis[api][id] = { clock_offset: account.clockOffset, collections };
    }
    return { format: STATE_FORMAT, version: 1, apis };
  }

  /** Adds what a saved state holds (already checked, see persistence.ts) to this state. */
  load(saved: SavedState): void {
    for (const [api, accounts] of Object.entries(saved.apis)) {
      for (const [id, savedAccount] of Object.entries(accounts)) {
        const account = this.account(api, id);
        account.clockOffset = savedAccount.clock_offset ?? 0;
        for (const [name, entities] of Object.entries(savedAccount.collections)) {
          const collection = account.collection(name);
          for (const entity of entities) collection.add(entity);
        }
      }
    }
  }
}
