import { describe, expect, it } from 'vitest';
import { tracked } from './tracked-promise';

describe('tracked', () => {
  it('marks a promise with its value once it has settled, as React’s use() reads it', async () => {
    const promise = tracked(Promise.resolve('loaded'));
    await promise;
    expect(promise).toMatchObject({ status: 'fulfilled', value: 'loaded' });
  });

  it('marks a promise with its reason once it has failed', async () => {
    const failure = new Error('Failed to fetch');
    const promise = tracked(Promise.reject(failure));
    await expect(promise).rejects.toBe(failure);
    expect(promise).toMatchObject({ status: 'rejected', reason: failure });
  });

  it('says nothing while it is pending', () => {
    expect(tracked(new Promise(() => {}))).not.toHaveProperty('status');
  });
});
