import { wallClockToUtc } from './time-zone';

describe('wallClockToUtc', () => {
  it('reads winter times in Rome as UTC+1', () => {
    expect(wallClockToUtc('2026-03-12T15:00').toISOString()).toBe('2026-03-12T14:00:00.000Z');
  });

  it('reads summer times in Rome as UTC+2', () => {
    expect(wallClockToUtc('2026-06-18T17:30').toISOString()).toBe('2026-06-18T15:30:00.000Z');
  });

  it('handles the night clocks go forward', () => {
    expect(wallClockToUtc('2026-03-29T03:30').toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });

  it('refuses anything but a local date and time', () => {
    expect(() => wallClockToUtc('2026-03-12')).toThrow('YYYY-MM-DDTHH:mm');
  });
});
