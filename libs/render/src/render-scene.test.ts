import { describe, expect, it } from 'vitest';
import { isInfrastructureFailure } from './render-scene';

describe('isInfrastructureFailure', () => {
  it('tells the machinery failing from the scene failing', () => {
    // The renderer's server could not take its port, or the page reached another renderer's server.
    expect(isInfrastructureFailure('You specified port 41111 to be used for the HTTP server, but it is not available. Choose a different port')).toBe(true);
    expect(isInfrastructureFailure('Error: Could not find composition with ID scene30-portrait. Available compositions: scene0-landscape')).toBe(true);
    expect(isInfrastructureFailure('net::ERR_CONNECTION_REFUSED at <bundle>')).toBe(true);
    expect(isInfrastructureFailure('Browser has disconnected')).toBe(true);
    // The scene's own failures stay verdicts.
    expect(isInfrastructureFailure('no data for frame 0 (in Throws)')).toBe(false);
    expect(isInfrastructureFailure("Cannot read properties of undefined (reading 'map') (in P2)")).toBe(false);
    expect(isInfrastructureFailure('a landscape frame did not finish within 7000 ms')).toBe(false);
  });
});
