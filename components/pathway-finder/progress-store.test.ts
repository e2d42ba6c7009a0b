import { expect } from '@open-wc/testing';
import { clearProgress, getStorage, MAX_STORED_LENGTH, PROGRESS_PREFIX, progressKey, readProgress, writeProgress } from './progress-store.js';

/** An in-memory Storage whose methods can be made to throw. */
function memoryStorage(fail: { get?: Error; set?: Error } = {}): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    key: (i: number) => [...map.keys()][i] ?? null,
    getItem: (k: string) => {
      if (fail.get) throw fail.get;
      return map.get(k) ?? null;
    },
    setItem: (k: string, v: string) => {
      if (fail.set) throw fail.set;
      map.set(k, String(v));
    },
    removeItem: (k: string) => void map.delete(k),
    clear: () => map.clear(),
  };
}

const KEY = progressKey('registered-nurse', 'NY', '2026.11.23');

describe('progress-store', () => {
  it('builds a versioned key per profession, state and data version', () => {
    expect(KEY).to.equal(`${PROGRESS_PREFIX}2026.11.23:registered-nurse:NY`);
    expect(progressKey('registered-nurse', 'NY', '2027.1')).to.not.equal(KEY);
  });

  it('round-trips saved steps', () => {
    const storage = memoryStorage();
    expect(writeProgress(storage, KEY, ['a', 'b'], new Date('2026-11-23T00:00:00Z'))).to.deep.equal({ ok: true });
    expect(readProgress(storage, KEY)).to.deep.equal({ status: 'loaded', steps: ['a', 'b'], savedAt: '2026-11-23T00:00:00.000Z' });
  });

  it('drops step ids the pathway does not know', () => {
    const storage = memoryStorage();
    writeProgress(storage, KEY, ['a', 'gone']);
    const outcome = readProgress(storage, KEY, new Set(['a']));
    expect(outcome.status === 'loaded' && outcome.steps).to.deep.equal(['a']);
  });

  it('reports nothing saved', () => {
    expect(readProgress(memoryStorage(), KEY)).to.deep.equal({ status: 'none' });
  });

  for (const [label, value, reason] of [
    ['corrupt JSON', '{', 'corrupt'],
    ['null', 'null', 'corrupt'],
    ['another version', '{"v":99}', 'version'],
    ['a wrong shape', '{"v":1,"steps":"all"}', 'corrupt'],
    ['a __proto__ payload', '{"__proto__":{"polluted":1},"v":1,"savedAt":"x","steps":["<img>"]}', 'corrupt'],
    ['an oversized value', 'x'.repeat(MAX_STORED_LENGTH + 1), 'too-large'],
  ] as const) {
    it(`discards ${label} without throwing`, () => {
      const storage = memoryStorage();
      storage.setItem(KEY, value);
      expect(readProgress(storage, KEY)).to.deep.equal({ status: 'discarded', reason });
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    });
  }

  it('reports storage that throws on read as unavailable', () => {
    const storage = memoryStorage({ get: new DOMException('denied', 'SecurityError') });
    expect(readProgress(storage, KEY)).to.deep.equal({ status: 'unavailable' });
  });

  it('reports a full quota on write', () => {
    const storage = memoryStorage({ set: new DOMException('full', 'QuotaExceededError') });
    expect(writeProgress(storage, KEY, ['a'])).to.deep.equal({ ok: false, reason: 'quota' });
  });

  it('reports other write failures as unavailable', () => {
    const storage = memoryStorage({ set: new DOMException('denied', 'SecurityError') });
    expect(writeProgress(storage, KEY, ['a'])).to.deep.equal({ ok: false, reason: 'unavailable' });
  });

  it('handles a missing storage everywhere', () => {
    expect(readProgress(undefined, KEY)).to.deep.equal({ status: 'unavailable' });
    expect(writeProgress(undefined, KEY, [])).to.deep.equal({ ok: false, reason: 'unavailable' });
    expect(clearProgress(undefined, KEY)).to.equal(false);
  });

  it('finds no storage where touching localStorage throws', () => {
    const scope = Object.defineProperty({}, 'localStorage', {
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    expect(getStorage(scope)).to.equal(undefined);
  });

  it('clears only its own key', () => {
    const storage = memoryStorage();
    storage.setItem('partner-key', 'keep');
    writeProgress(storage, KEY, ['a']);
    expect(clearProgress(storage, KEY)).to.equal(true);
    expect(storage.getItem(KEY)).to.equal(null);
    expect(storage.getItem('partner-key')).to.equal('keep');
  });
});
