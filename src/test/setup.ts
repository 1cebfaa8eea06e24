import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// A route's content arrives after its loaders' dynamic imports, which take seconds, not the default
// one, on a busy machine (tests share two cores with builds and browsers).
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => cleanup());
