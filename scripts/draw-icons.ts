// Draws the Teams app icons (run once; the PNGs are checked in): color.png 192x192, a white "C" on the
// charter blue; outline.png 32x32, the same "C" in white on transparent.
import { writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';

function draw(size: number, background: [number, number, number, number] | null, file: string): void {
  const png = new PNG({ width: size, height: size });
  const c = (size - 1) / 2;
  const outer = size * 0.36;
  const inner = size * 0.22;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      const dx = x - c;
      const dy = y - c;
      const r = Math.hypot(dx, dy);
      // The ring, open to the right (a "C"): leave out the wedge within 40 degrees of the positive x axis.
      const angle = Math.abs((Math.atan2(dy, dx) * 180) / Math.PI);
      const onC = r <= outer && r >= inner && angle > 40;
      const [br, bg, bb, ba] = background ?? [0, 0, 0, 0];
      if (onC) png.data.set([255, 255, 255, 255], i);
      else png.data.set([br, bg, bb, ba], i);
    }
  }
  writeFileSync(file, PNG.sync.write(png));
}

draw(192, [0x00, 0x4f, 0x9f, 255], 'color.png');
draw(32, null, 'outline.png');
