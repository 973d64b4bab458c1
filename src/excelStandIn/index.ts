/** The stand-in for Excel's API as the preview and the tests use it: the strict core (core/) with the optional parts. */
export * from './core';
