//! Native PNG rendering: valid PNG files of the expected size.
#![cfg(not(target_arch = "wasm32"))]

mod charts_support;

use care::charts::*;
use charts_support::*;

fn png_size(png: &[u8]) -> (u32, u32) {
    assert_eq!(
        &png[..8],
        &[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A],
        "PNG magic"
    );
    assert_eq!(&png[12..16], b"IHDR");
    let w = u32::from_be_bytes(png[16..20].try_into().unwrap());
    let h = u32::from_be_bytes(png[20..24].try_into().unwrap());
    assert_eq!(&png[png.len() - 8..png.len() - 4], b"IEND");
    (w, h)
}

#[test]
fn png_has_magic_and_scaled_dimensions() {
    let chart = Chart::Subindices {
        dims: Dimensions::new(71.3, 38.0, 52.4),
        cutoffs: CUTS,
    };
    let (w, h) = DEFAULT_EXPORT_SIZE;
    let png = render_png(
        &chart,
        &text(),
        &Theme::default(),
        w,
        h,
        DEFAULT_EXPORT_SCALE,
    )
    .unwrap();
    assert_eq!(png_size(&png), (1600, 900));
    let png = render_png(&chart, &text(), &Theme::presentation(), 360, 300, 1.0).unwrap();
    assert_eq!(png_size(&png), (360, 300));
}

#[test]
fn png_contains_drawn_pixels() {
    // Decompress the IDAT and check that the accent blue of the bars is present.
    let chart = Chart::Subindices {
        dims: Dimensions::new(90.0, 90.0, 90.0),
        cutoffs: CUTS,
    };
    let png = render_png(&chart, &text(), &Theme::default(), 200, 120, 1.0).unwrap();
    let len = u32::from_be_bytes(png[33..37].try_into().unwrap()) as usize;
    assert_eq!(&png[37..41], b"IDAT");
    let raw = miniz_oxide::inflate::decompress_to_vec_zlib(&png[41..41 + len]).unwrap();
    assert_eq!(raw.len(), (200 * 3 + 1) * 120);
    // Undo the Sub filter and look for #0066CC.
    let mut found = false;
    for row in raw.chunks(601) {
        assert_eq!(row[0], 1);
        let mut px = vec![0u8; 600];
        for i in 0..600 {
            let left = if i >= 3 { px[i - 3] } else { 0 };
            px[i] = row[i + 1].wrapping_add(left);
        }
        found |= px.chunks(3).any(|p| p == [0x00, 0x66, 0xCC]);
    }
    assert!(found, "bars drawn in the accent colour");
}

#[test]
fn png_file_is_written() {
    let dir = std::env::temp_dir().join(format!("care-charts-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("radar.png");
    let chart = Chart::Radar {
        dims: Dimensions::new(10.0, 50.0, 90.0),
        cutoffs: CUTS,
    };
    render_png_file(&path, &chart, &text(), &Theme::default(), 400, 300, 1.5).unwrap();
    let bytes = std::fs::read(&path).unwrap();
    assert_eq!(png_size(&bytes), (600, 450));
    std::fs::remove_dir_all(&dir).ok();
}
