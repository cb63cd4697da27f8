import { believedFull, noteFull, noteSeatTaken } from './full-slot-hint';

describe('full-slot hint', () => {
  it('remembers a full slot for 30 s, until a seat is taken there', () => {
    const at = 1_000_000;
    expect(believedFull('svc_a_20261207_0900', at)).toBe(false);
    noteFull('svc_a_20261207_0900', at);
    expect(believedFull('svc_a_20261207_0900', at + 29_999)).toBe(true);
    expect(believedFull('svc_b_20261207_0900', at)).toBe(false);
    expect(believedFull('svc_a_20261207_0900', at + 30_000)).toBe(false);
    noteFull('svc_a_20261207_0900', at);
    noteSeatTaken('svc_a_20261207_0900');
    expect(believedFull('svc_a_20261207_0900', at)).toBe(false);
  });

  it('keeps at most 1000 hints, dropping the oldest', () => {
    const at = 2_000_000;
    for (let i = 0; i <= 1000; i += 1) noteFull(`slot-${i}`, at);
    expect(believedFull('slot-0', at)).toBe(false);
    expect(believedFull('slot-1', at)).toBe(true);
    expect(believedFull('slot-1000', at)).toBe(true);
  });
});
