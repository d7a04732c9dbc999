/**
 * A silent 30-second VP9 WebM, 320×180 at 1 fps, every frame the "REMOTE VIDEO" tile (`remoteTilePng`), for
 * `<video>` / `<Video>` sources: a media element needs a clip it can decode, seek and measure, and 1 fps
 * keeps it at 6 KB. Made once with the renderer's own FFmpeg (bit-exact, so the same command gives the same
 * bytes), from the tile written to tile.png:
 *   ffmpeg -loop 1 -framerate 1 -i tile.png -t 30 -vf format=yuv420p -c:v libvpx-vp9 -b:v 0 -crf 40 -g 30 -an \
 *     -fflags +bitexact -flags:v +bitexact remote-video.webm
 */
export const REMOTE_VIDEO_WEBM = Buffer.from(
  'GkXfo59ChoEBQveBAULygQRC84EIQoKEd2VibUKHgQJChYECGFOAZwEAAAAAABhOEU2bdLpNu4tTq4QVSalmU6yBoU27i1OrhBZU' +
  'rmtTrIHGTbuMU6uEElTDZ1OsggEUTbuMU6uEHFO7a1Osghg47AEAAAAAAABZAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' +
  'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVSalmoCrXsYMPQkBNgIRM' +
  'YXZmV0GETGF2ZkSJiEDdTAAAAAAAFlSua8muAQAAAAAAAEDXgQFzxYgAAAAAAAAAAZyBACK1nIN1bmSIgQCGhVZfVlA5g4EBI+OD' +
  'hDuaygDgkbCCAUC6gbSagQJVsIRVuYEBElTDZ9Rzc9FjwItjxYgAAAAAAAAAAWfInEWjh0VOQ09ERVJEh49MYXZjIGxpYnZweC12' +
  'cDlnyKFFo4hEVVJBVElPTkSHkzAwOjAwOjMwLjAwMDAwMDAwMAAfQ7Z1VCvngQCjU5mBAACAgkmDQgAT8As2CjgkHBiMAAdgf82k' +
  '/z/0/ek/V43/jPy/I/J+T0nrvT/6vxP2ft8T+r5niPj/k/J+r/5v6fier+Z+r4n5Ph/M/N+T9H5fzev9R6T9H5vofx/8n9F8j5P/' +
  'DeL9jKKu+oc/dtLRR2/de+tWcRb90d2+OVvKjgb0XZ8PTABKj+gAAH/eSsjUO2ZjbS6kf9nMjS32f/9xobYi+rp7/+0QGbyX/cYX' +
  'SpZRBr0GXRO856C+0Tcjrt1eTpNx1ozxQDMBs6cPWGzTIdPc4NhKxl67D+RUrB90U8LPforj6mvqyWKGrqiLgRdACK933pp17qYa' +
  'HrMNbc6IVncBkx33ngI654EkLzKQnnhzQJKrxQQ9cEA72c6j6UcjxcKklQ9MqaC8l48b3C3XDWfObssplN73e50h8lxkGAxNlh/4' +
  'uWGPV30UiRhh2e3NWxaLiVaTgnSErCVg6iUk0/qr4U5vhKpRubzb/RIqTg+Xn05h4XCFtSyiQBFhTqQAfU5itz2f0IjPuAoyh70l' +
  'loFiXZG/pj6+nrQcbQNhWEqAsgouVFg6G1ttOhwVWcjZAOIjBQHWtJZ20zgjCp5A9Kh2pkddO7GZStkbscD43XuYGUCzOrMEVV56' +
  'bnyLbwOxqsjW6D11fr+ikCA0Vz0E+COqSTVkZWoE02jGcrn3xQVMGCJHKpB3IB/U1usqPonRSBQIZh53bAmp60I3A/XYRlKDNEAL' +
  'nLn+CBOXdaxYLJ8+slR4APhZQ++x1KEEHVOBOXdaxYI6OW43aQ5F48miPHCLAL3ObAwFtSTqbb4tqScjJPU6aE9Z7xMNm7m3FDEu' +
  'OziSMwLp10r3ME0oCSUfUFZG3OCoOedUoGRpqo5dbLKIKxkFo6x1E4zrcOKr3Mh44h9dACNHn0N9wz2gP71+APwV8beL473ezxzF' +
  'rS9GBQSGoIpeMB2CL4Q9Xv9yS9gI34Uh2pS4BJAmgfcVftYGC1QeaUvctTubh4c2ttk8jpBEhCkEG5jBq9Gc4z+Ym6EoN61lfAsS' +
  'Aoe5Dv+tmc2kpjIvXy1AE4iVMDtyCuxbNIP2LNEahEa8+nMWBDp+pFOjrfcVYBleLu+ff9Za8MJFRwld7+BG9i81ZGT9T/HTIP9Z' +
  'fT3gf0QwdQU57PFFuC/KEZGVYmZPhMDLcQOPgWqSu3pw7hN6gn2GSXTA/WouDE2WTAQNQsWILuEumQS/t+cBSnk0uO+9Cgrd5KiH' +
  'McMc7nsZDiB2d74HS+WnS/QmgqYL9MRsEGSwGEmGTUdO7m5JdacFGORknqxzP9fCHq/Ajfj8rZG7HA+FkwEmvkNMi0AJYVLZ3f6k' +
  'EubPOI6f82SEFEVNEDZLn82s7xDY6OsW+EBOot3/G2yDKZOJQUFlQVWX7HjQQVdRGxgEw49J3KTT4LTMmO+8ufLnDgaEslQCp6vR' +
  'Ri4NNpzny1MWWGCi/CW6BfN6wNgdnGPVF0AIiVXenKDJsoKcdCGSWRSmsjKbLACdXPz4VvHM5c2xAvcXBkSnF6IeIMqSdeH9crrY' +
  'QmRLSE322/7joInJ/+ouiz+SLv/9aBVHA2710REV/otssvMuVD0ypoLyXjxvcIaC6VSjJbtY1MbIifs0u7nCvS9F8IeqQZe0t2LA' +
  'SsB67e3A+3RqCnG6r26qe6US59RBfXgUjqj5hKpA3SElaqcY1wGB3NbC/Yjx9j6uiR9UqP5ecZ/TlLMoq7yzvRTC5vPzgFoFczPF' +
  '5ED/TA/PuICicNHoE+le/blQHQrkHWcekjR70YLoakRDXAYHc1sL9Xadxm5VYFozoEDsW+Iq1WxbwKcX/JcaQBQ1NbS58+WKOauG' +
  'HAjPW1T0HsNP5vP2a/GiePFF+FIe6g79wy+YEBRLwU5eOhtizG66DY7c539Sk2yS0CrmbqrYg01IQqBBk52kURBA7TMBA/OrIc4N' +
  'lCFk0KGx9+lL1DRwy51M3jD9OPWQslm5p3FK1gILcz0v//9dUdk3h7/U7Trgd91cnbBQYI+W3Be8CDDXCslR4AOyTI6l8d0kC5y6' +
  'Jc7NZK0XCCrjW0igMdIPvu04rIhtF7ziwH7sAcb/U4CxZgBYQ/hOsIarGxB3ICKDGEo3spgwO9smfrP3XiIkD+2Ne8OoYlhtUzo+' +
  'fbOG0hFQQO0v/ZiQHBGdP5efHRaMPMptK4YImmp3SixAzwQkFrf8PE9eb0E0R8/GWtUwKXunBfVrnR6Tta621G20JpKEWZt1Rp7a' +
  'mDfUm6m8GKYFZRiosW0jp0rY3gCR4B3nwcZPWiqp4gKLkmyyuv/z/+QibLBdpcJVx6mz7POBMd/LdBHHuZqpSCfd7a2I/RK4zT9Q' +
  'mVs5dsu5WYzQ7ypahRGVATwnsOT9HyIirIj3h3e7Frz40Ax+QFioAP7z9B13IS5aZEcf7pX75M+2+ib0QxUxLJh76rFR6Qk8v73C' +
  'Faat+epWJ0z+lf/FvodgCwCCAds0WZPooaTKG8lcBEJ69M5WroNGg3McBYHg7eBNUzxco6W0YC2hfpsI8Sue5gBVI3L0KGvfnAXx' +
  'ro6uIWCGq3///psjt4/Pf7O28nAVfaeWy64P/y6DVXnM+FHKm6XknB3l8jqZMgXEkFnQ74mPFA2P76Us8jf2R6U/ricpxe2VA7UH' +
  'KMppE3nn7Ftw7ZLTmKdf+DrA+0PLyhUQz6YcAcJIrEtmGPwX4TJRmE0ZTTyLnuhUvk3Y/Ej2Y0q1CmpnbwJqmfG9UtchUNfsYktF' +
  '0sA8uAtfd/qO572gCyRz/5D0b0LDRI751srtdgf68job7/ETVF4I+8nogWq/zn3ZO403/V610hWyc++v3/uH67S1EAzPAq4dCdWC' +
  'gNv8duuHJr9fU/WOxf9dbHn9i1Biec+fDqw0RRBhmP9EQyTKkkLjrStvIp38/N2wkYbvwwSoFUSocrvqIvU+YpcCNP//1CGf/nmU' +
  'if6nadTz/vPu51w32WgP1PnTSM7+iZSlNv8d3KMFw40d+5bmr/V0GjQbmOAsDMdwf71E79oeM5Uohd/tdqLM/Vmw96kGa8karV+8' +
  'bkCWroLvDUbX0Ck7/6rJiGz454THc7Y3PxXLzw7kZmF1s3Vz57VfnAA7RJPcZ6oARtfxr3oudhGrTNwSrRff/yDgKyErr2zfN/Z2' +
  '1kkKBc8qB3u7NZTEmAQye56zuc/hUpzyDwLJ1RUQNQg3fSoBJq16g/E1gnQZjng3mt1y+T5Qs1wsmssgiOf8f/dCTJZHeVN8syUh' +
  'd2NwtWPkqo0lgapXJAaeLnV8HxOUFB68q9GxU2JSzMDrKVfrzKYHPvLfTipUsDyuD5yCBtp2ba0E2CcF6PdXWfltlomWpQxMCNMT' +
  '/xuztbZf8hcLN9STM/jqt5y6fkSvinlynlL/Jn/fAy5ZoQ+ycBI3OuHZHqxy7QP6VBpJ4AXh5DoyVlQCTVr1E//0/+ap1XqqeIAy' +
  'ywbIja/OABNc8I6HT5sc2mHUzoyP92ng0+IJwSWfUP//bUOnPXj/qdp0sjyP/bBSoiccOVKLWtEQkecF5GwS1dn/6EiJAkP/xDUo' +
  '7P/TxzpKflrZr8k2+bGjheo6lLQ6fzBQXEyp/cpiEPvWSqCpoX8iytm1r8KcGg0eBiLmEjVHSLMyf9j0s2hbVI6YJdluoQqNMn0+' +
  'K1/PRVW9wW9EK5KHRGre2qA8m2TefeFqdb4lcLeOklfPgEpR+/hSDZ7ddtzJL/tL+V0ZleYO3ZPtjPXRfKqMVuRbUY1OgX0Z/u/X' +
  'rDPWjnplsWF8/+Ie3cyld/ln9+Djyllw+9OOlxvwWHKCS7NcF9D5VSA9P7/Im+tCLm8gLJu2XQYWtfPqF/Ws1dH+xz/9En+Ws41u' +
  'KNtoxR//5fXjw3xBkJn2ffqXIWWydZKRDXsq9VfoNaouoUP//P2edrOT/mjP+Sn8MP4WOkwxXNPO0PkbIphbOsdiGgwOfv5WwPUw' +
  'vBWCFZdcRool1WAymVi9GJzxBdLCsJaUgqy8zgGEeWV8FWnewBgZFib2tsmRYBOyCGWihTc8jwWAJ2PWH//z7XY4dpv7O28rP9O8' +
  'xnKTRCZCa+JfB/LguP/Kt9YvBzvjBpPi11kFgpethl5u0YJsR7Pv2k5LyHPfRk8gpE6qF92XpRejTrXT+0KHAsux8og7yG0EaCFw' +
  'n5/Ae1+JPe915qJA3uHyVqLWrDcI3FdVwX/WleD+sG6hmRqeqFjn4quHZJqDsBOa92qCbyUw4Bee0uxfDQFToTy18Fov59QPDu15' +
  'TjRa2CUXkTyw46MFrQFD5yV9eH9M45B/n/8hE2WC7S4RQV9Qb2Eu1RVx5+vJaFSoasXS7vt6R3Fqj1Y4tm19K5aoiUpS2EPzIU7n' +
  'P86dZO/07wDHlz7N8EjVaNwEGY1PLjRc9s4tUerHFs2vpVBMvcnTqm9/07n27ICrZRYy0fH6FQSB4A23dWUnUo+h//yux/NkI2xr' +
  '0f/yzOsfmC5/wzXfYQ/fyj1JfuFv20XjEWleuhTz1R1c+T5QjtukTpHuUKT7EJMfffGbMOkYlyAoUwIJfbs/s9XPk+UNVfzJqgyD' +
  'ZUDtQcoymkTUfX+KectUuPMvb8oUEt7r3rFXmx4mSvUkpH3qa7RgXEajRm/Zy6OSyqgll/mCguJlT+pH//+myO3j89/s7b0X2zV1' +
  'qzB8X51jgKiNtamozJgmfjhEu8DYiyQ9RVY2M9c7DmZM/PO2pR6x1Re0T9AhhyJ/Krh5Fz4qMYB35rEhUnKOcpicb4rCofpvhQs9' +
  '0ryugKr2PeLy7cdQRUg1K9s13mxn5cd/3HAfY29z9Q/3z7qvaMSMzbJ1D2W8mBB7MzOgNy+88PiaTCa//MFtR2OSfwfh5z3KhbtE' +
  'lyUKH/AlNtD5ecEjgzI2/jOe/DaVXXvcZ2mT/SnCY66iN//3n/+rLwlazPWXgFoxj6K+wck/WQekR/+b/5FBywDi9WuaBcUIDzHA' +
  'tQz57YRRUnI1UF2j/tie51GnmkR/qesdfRbnd+ajCtft9t27wqKGHtwq6r1bcP7gNtrPn5HxqolYaq1dFozMZSkfktD9wbwidpAn' +
  'oL2dNsW39nbWSQoGv5JYOo9HQA7kAuxpLo43tjlHrogJ6maJfrsihyo4q+OzYl5Kyvu3f+FSoZKPArtrCk380/q9/Ebir2S+pxHa' +
  'kwuS+oFb+ZoV0BgLjPWV93+o7nXp2smJWAVTkkYJA3CPkc+/a9OVVYD2DlXvx3SQLnQ3icDD34oKmDBEmSCBtCwTXBwLBcezw4dv' +
  'OxKIiEqI4USXVYFVIY1JohsdKpxNENjpM1P0tPiOkmIv7YTWf0YQL0QXY+98COk8PImsSpW4kDPguSe4+2OM+yV08MtxQxKo0uQG' +
  'CzO8Q2OkBMiy96XJSa12ZsZzjP5uT0PTBHDe25BfIPBwrJUWSU1kZTZlto2e4eye6US7GuCsP6xf8Gr3C8/j9cNwYgB7dgqL9Rtr' +
  'jm6XMSpWzd6TpBZX4k9PhhgxPa64IWbdIbGy25SAdXFwPuTU8AkGFkZgofJcZa644I2MAlsL6kxTVAV8/Lt7cGTk90olzobo3yKu' +
  '+fCvWMGc7nqH5d0GRaP/P4noX2Ko26vyXYBLHOM/h3Gw7Pbmre8+uT0OYFrIbo8XDNKkLta9eZai3CqRXSRe/6t7//oTzbj6Qd//' +
  '1+hY9Z12/xWzqKmf9opg4ccZQ/euEUgfvgHx0uPddBw6skVfu0tHTApMgBOtPfVJG9W+mbkFZM2XfvsawiRLEcdsxiwp00c8gxOC' +
  'EV18nhWAUX/JcaQBQ2lqTC5L6gVuVvZa9osmKcsFDaS4WsVtqBNNM/CdQWcg7kBQWc++KCpglzQpiOn/NkhBTelCiS6rAqqqhLTY' +
  'lSt0Z2naDnxrtVrIV9DNa1fUAoawf2MAmSgSNmoQwiJ+4+98EV4JUSXVYFV8/WB2QwvXD6DYh4BMFbLA8h1ru3aDnz+WtyZTJp56' +
  '+CzEQ/nzMcZ/HndFTkeFeh1qGP60KjtpiyoKwpqOndzbihiVGR8YYxESq7zUEFXURsYBMnD4VGhA93llT3SiXSZRi7gd/+v+vyy3' +
  'PhTKa9/o4NlqJlD9/5GI6yKt416s73SCIQUlBmRBkD0qMq8/OAFb11DZMbAGVtU90olz6ZPGMfabb5EHjQGkiDe474EDfZIdHITV' +
  'E7eUMa3/1SaJRCGIRv70vjukgXSzmGHoWAQMvW5tGrIVNt5S/kiujyvFJSg/xBA7RtgUpcIyTrp3XP6l8d0kC6emOlHxb6gVuc74' +
  'O5QokuqwNiFNh33oUDQkZ+ofBPpXtwEMTeMtz24Bp6N53dUe8zd2AON/qcBYswAsIfwnWGFhD+E6rL9j1pkWY4MeEoemBCB0R9dH' +
  'Z7B9K9uAamBnD8FMJQLyRpa+9d19zTJPrdGeNWKwK0fKcFGORBmeybUBfHM6Bkx33hxTYwCYa+LJEml5rTqZHaLFvmWIP7Y2eAcD' +
  'FDfdSJvBAYmyuBTo+LddZDwcKyVFklNZGU2ZbpPuxYCVfiwZzueof/drmb3alLn3Alsfc7vaFe6I79K7stuhqQVTwx9IxmB16CKi' +
  'MxJ6F9iXi/uChHM/X+pcOlAk1J9lqkn3YsBKvxZMbAGSCGzkIAFOYPk92NuienfvyqqlIHyUwvnRaMmK8xKA1OCrAKJKX0rJUghY' +
  '4sQi7OO+9CgaHUZB+t975SGDuumvzZ29u9DiZeeCBGOODtb24qTPPDgAo5yBA+gAhgBAkpwYVAAABmD6P94AAFWarNEnYSNQo5iB' +
  'B9AAhgBAkpwIUuAABGDVgABYVc/dsyCjlYELuACGAECSnABUAAADYAAAWENz4KOkgQ+gAIYAQJKcCFGAAAZg9MYAgABYDJqjDJcf' +
  'leHA48jq2w8Ao5WBE4gAhgBAkpwAVAAAA2AAAFe4YoAfQ7Z1QKvnghdwo5mBAAAAhgBAkpwEUuAAA2AAAFfskJIMOgBgo5WBA+gA' +
  'hgBAkpwAVAAAA2AAAFe4YoCjpoEH0ACGAECSnAhPIAADYAAAWBHJLQoZm5vb166nnvSVIGc1jv5Ao5WBC7gAhgBAkpwAVAAAA2AA' +
  'AFe4YoCjnYEPoACGAMCSnARPIAADYAAAWA21Ao+O+VC04RsAo5WBE4gAhgBAkpwAVAAAA2AAAFe4YoAfQ7Z1QJ/ngi7go5yBAAAA' +
  'hgBAkpwAUYAAA2AAAFgNNYJb1kYUXV2Ao5WBA+gAhgBAkpwAVAAAA2AAAFe4YoCjmIEH0ACGAECSnABS4AADYAAAV+yQkfu2gKOV' +
  'gQu4AIYAQJKcAFQAAANgAABXuGKAo5yBD6AAhgBAkpwMTyAAA2AAAFgNXCsQk4S3uUugo5WBE4gAhgBAkpwAVAAAA2AAAFe4YoAf' +
  'Q7Z1QJnngkZQo5iBAAAAhgBAkpwAUuAAA2AAAFfskJH7toCjlYED6ACGAECSnABUAAADYAAAV7higKOagQfQAIYAwJKcAE8gAANg' +
  'AABYDTWCW9yoqbajlYELuACGAECSnABUAAADYAAAV7higKOYgQ+gAIYAQJKcAFLgAANgAABX7JCR+7aAo5WBE4gAhgBAkpwAVAAA' +
  'A2AAAFe4YoAfQ7Z1QJ/ngl3Ao5qBAAAAhgBAkpwATyAAA2AAAFgNNYJb3KiptqOVgQPoAIYAQJKcAFQAAANgAABXuGKAo5iBB9AA' +
  'hgBAkpwAUuAAA2AAAFfskJH7toCjlYELuACGAECSnABUAAADYAAAV7higKOegQ+gAIYAQJKcBFGAAANgAABYDTWCYTmkpsmWRQGY' +
  'o5WBE4gAhgBAkpwAVAAAA2AAAFe4YoAcU7trkbuPs4EAt4r3gQHxggFt8IED',
  'base64',
);

/** Silent 8 kHz mono 16-bit PCM WAV of `seconds`: every browser decodes it, in an element or Web Audio. */
export function silentWav(seconds = 30): Buffer {
  const rate = 8000;
  const data = rate * seconds * 2;
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(36 + data, 4);
  header.write('WAVEfmt ', 8, 'latin1');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE(rate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'latin1');
  header.writeUInt32LE(data, 40);
  return Buffer.concat([header, Buffer.alloc(data)]);
}
