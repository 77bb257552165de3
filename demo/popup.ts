/** The popup player page's script: the library, and a handle on it for the console. */
import * as elements from '../src/index.js';

Object.assign(globalThis, { newsradioElements: elements });
