import { createRuntime, makeHost, PanicError, AbortError, PoisonedError, StaleInstanceError } from "wbg-guard:runtime";
import __wbgg_factory from "wbg-guard:factory";
const __wbgg_url = import.meta.url;
const __wbgg_require = __wbgg_noRequire, __wbgg_filename = undefined, __wbgg_dir = undefined;
function __wbgg_noRequire(id) { throw new Error("wbg-guard: the glue asked for require(" + JSON.stringify(id) + "), which this platform does not have"); }
const __wbgg_wasmURL = new URL("./photon_rs_bg.wasm", __wbgg_url);
const __wbgg_compiled = (typeof Deno !== "undefined" && __wbgg_wasmURL.protocol === "file:")
  ? new WebAssembly.Module(await Deno.readFile(__wbgg_wasmURL))
  : (__wbgg_wasmURL.protocol === "file:" && typeof process !== "undefined" && process.versions && process.versions.node)
  ? new WebAssembly.Module(await (await import("node:fs/promises")).readFile(__wbgg_wasmURL))
  : await WebAssembly.compile(await (await fetch(__wbgg_wasmURL)).arrayBuffer());
function __wbgg_module() { return __wbgg_compiled; }
const __wbgg_hostRequire = __wbgg_require;
let __wbgg_rt = null;
const __wbgg_host = makeHost({ url: __wbgg_url, require: __wbgg_hostRequire, dirname: __wbgg_dir, filename: __wbgg_filename, module: __wbgg_module }, () => __wbgg_rt);
__wbgg_rt = createRuntime(Object.assign({
  "eager": true,
  "exports": {
    "__wbg_photonimage_free": {
      "arity": 1,
      "label": "PhotonImage.free",
      "free": true
    },
    "__wbg_rgb_free": {
      "arity": 1,
      "label": "Rgb.free",
      "free": true
    },
    "__wbg_rgba_free": {
      "arity": 1,
      "label": "Rgba.free",
      "free": true
    },
    "__wbindgen_exn_store": {
      "arity": 1
    },
    "__wbindgen_free": {
      "arity": 2
    },
    "__wbindgen_malloc": {
      "arity": 1
    },
    "__wbindgen_realloc": {
      "arity": 3
    },
    "adjust_contrast": {
      "arity": 2,
      "label": "adjust_contrast"
    },
    "alter_blue_channel": {
      "arity": 2,
      "label": "alter_blue_channel"
    },
    "alter_channel": {
      "arity": 3,
      "label": "alter_channel"
    },
    "alter_channels": {
      "arity": 4,
      "label": "alter_channels"
    },
    "alter_green_channel": {
      "arity": 2,
      "label": "alter_green_channel"
    },
    "alter_red_channel": {
      "arity": 2,
      "label": "alter_red_channel"
    },
    "alter_two_channels": {
      "arity": 5,
      "label": "alter_two_channels"
    },
    "apply_gradient": {
      "arity": 1,
      "label": "apply_gradient"
    },
    "b_grayscale": {
      "arity": 1,
      "label": "b_grayscale"
    },
    "base64_to_image": {
      "arity": 2,
      "label": "base64_to_image"
    },
    "base64_to_vec": {
      "arity": 3,
      "label": "base64_to_vec"
    },
    "blend": {
      "arity": 4,
      "label": "blend"
    },
    "box_blur": {
      "arity": 1,
      "label": "box_blur"
    },
    "cali": {
      "arity": 1,
      "label": "cali"
    },
    "color_horizontal_strips": {
      "arity": 3,
      "label": "color_horizontal_strips"
    },
    "color_vertical_strips": {
      "arity": 3,
      "label": "color_vertical_strips"
    },
    "colorize": {
      "arity": 1,
      "label": "colorize"
    },
    "create_gradient": {
      "arity": 2,
      "label": "create_gradient"
    },
    "crop": {
      "arity": 5,
      "label": "crop"
    },
    "crop_img_browser": {
      "arity": 5,
      "label": "crop_img_browser"
    },
    "darken_hsl": {
      "arity": 2,
      "label": "darken_hsl"
    },
    "darken_hsv": {
      "arity": 2,
      "label": "darken_hsv"
    },
    "darken_lch": {
      "arity": 2,
      "label": "darken_lch"
    },
    "decompose_max": {
      "arity": 1,
      "label": "decompose_max"
    },
    "decompose_min": {
      "arity": 1,
      "label": "decompose_min"
    },
    "desaturate": {
      "arity": 1,
      "label": "desaturate"
    },
    "desaturate_hsl": {
      "arity": 2,
      "label": "desaturate_hsl"
    },
    "desaturate_hsv": {
      "arity": 2,
      "label": "desaturate_hsv"
    },
    "desaturate_lch": {
      "arity": 2,
      "label": "desaturate_lch"
    },
    "detect_135_deg_lines": {
      "arity": 1,
      "label": "detect_135_deg_lines"
    },
    "detect_45_deg_lines": {
      "arity": 1,
      "label": "detect_45_deg_lines"
    },
    "detect_horizontal_lines": {
      "arity": 1,
      "label": "detect_horizontal_lines"
    },
    "detect_vertical_lines": {
      "arity": 1,
      "label": "detect_vertical_lines"
    },
    "dramatic": {
      "arity": 1,
      "label": "dramatic"
    },
    "edge_detection": {
      "arity": 1,
      "label": "edge_detection"
    },
    "edge_one": {
      "arity": 1,
      "label": "edge_one"
    },
    "emboss": {
      "arity": 1,
      "label": "emboss"
    },
    "filter": {
      "arity": 3,
      "label": "filter"
    },
    "firenze": {
      "arity": 1,
      "label": "firenze"
    },
    "fliph": {
      "arity": 1,
      "label": "fliph"
    },
    "flipv": {
      "arity": 1,
      "label": "flipv"
    },
    "frosted_glass": {
      "arity": 1,
      "label": "frosted_glass"
    },
    "g_grayscale": {
      "arity": 1,
      "label": "g_grayscale"
    },
    "gaussian_blur": {
      "arity": 2,
      "label": "gaussian_blur"
    },
    "get_image_data": {
      "arity": 2,
      "label": "get_image_data"
    },
    "golden": {
      "arity": 1,
      "label": "golden"
    },
    "grayscale": {
      "arity": 1,
      "label": "grayscale"
    },
    "grayscale_human_corrected": {
      "arity": 1,
      "label": "grayscale_human_corrected"
    },
    "grayscale_shades": {
      "arity": 2,
      "label": "grayscale_shades"
    },
    "horizontal_strips": {
      "arity": 2,
      "label": "horizontal_strips"
    },
    "hsl": {
      "arity": 4,
      "label": "hsl"
    },
    "hsv": {
      "arity": 4,
      "label": "hsv"
    },
    "hue_rotate_hsl": {
      "arity": 2,
      "label": "hue_rotate_hsl"
    },
    "hue_rotate_hsv": {
      "arity": 2,
      "label": "hue_rotate_hsv"
    },
    "hue_rotate_lch": {
      "arity": 2,
      "label": "hue_rotate_lch"
    },
    "identity": {
      "arity": 1,
      "label": "identity"
    },
    "inc_brightness": {
      "arity": 2,
      "label": "inc_brightness"
    },
    "invert": {
      "arity": 1,
      "label": "invert"
    },
    "laplace": {
      "arity": 1,
      "label": "laplace"
    },
    "lch": {
      "arity": 4,
      "label": "lch"
    },
    "lighten_hsl": {
      "arity": 2,
      "label": "lighten_hsl"
    },
    "lighten_hsv": {
      "arity": 2,
      "label": "lighten_hsv"
    },
    "lighten_lch": {
      "arity": 2,
      "label": "lighten_lch"
    },
    "lix": {
      "arity": 1,
      "label": "lix"
    },
    "lofi": {
      "arity": 1,
      "label": "lofi"
    },
    "mix_with_colour": {
      "arity": 3,
      "label": "mix_with_colour"
    },
    "monochrome": {
      "arity": 4,
      "label": "monochrome"
    },
    "multiple_offsets": {
      "arity": 4,
      "label": "multiple_offsets"
    },
    "neue": {
      "arity": 1,
      "label": "neue"
    },
    "noise_reduction": {
      "arity": 1,
      "label": "noise_reduction"
    },
    "obsidian": {
      "arity": 1,
      "label": "obsidian"
    },
    "offset": {
      "arity": 3,
      "label": "offset"
    },
    "offset_blue": {
      "arity": 2,
      "label": "offset_blue"
    },
    "offset_green": {
      "arity": 2,
      "label": "offset_green"
    },
    "offset_red": {
      "arity": 2,
      "label": "offset_red"
    },
    "oil": {
      "arity": 3,
      "label": "oil"
    },
    "open_image": {
      "arity": 2,
      "label": "open_image"
    },
    "padding_bottom": {
      "arity": 3,
      "label": "padding_bottom"
    },
    "padding_left": {
      "arity": 3,
      "label": "padding_left"
    },
    "padding_right": {
      "arity": 3,
      "label": "padding_right"
    },
    "padding_top": {
      "arity": 3,
      "label": "padding_top"
    },
    "padding_uniform": {
      "arity": 3,
      "label": "padding_uniform"
    },
    "pastel_pink": {
      "arity": 1,
      "label": "pastel_pink"
    },
    "photonimage_get_base64": {
      "arity": 2,
      "label": "PhotonImage.get_base64"
    },
    "photonimage_get_height": {
      "arity": 1,
      "label": "PhotonImage.get_height"
    },
    "photonimage_get_image_data": {
      "arity": 1,
      "label": "PhotonImage.get_image_data"
    },
    "photonimage_get_raw_pixels": {
      "arity": 2,
      "label": "PhotonImage.get_raw_pixels"
    },
    "photonimage_get_width": {
      "arity": 1,
      "label": "PhotonImage.get_width"
    },
    "photonimage_new": {
      "arity": 4,
      "label": "new PhotonImage"
    },
    "photonimage_new_from_base64": {
      "arity": 2,
      "label": "PhotonImage.new_from_base64"
    },
    "photonimage_new_from_byteslice": {
      "arity": 2,
      "label": "PhotonImage.new_from_byteslice"
    },
    "photonimage_set_imgdata": {
      "arity": 2,
      "label": "PhotonImage.set_imgdata"
    },
    "prewitt_horizontal": {
      "arity": 1,
      "label": "prewitt_horizontal"
    },
    "primary": {
      "arity": 1,
      "label": "primary"
    },
    "putImageData": {
      "arity": 3,
      "label": "putImageData"
    },
    "r_grayscale": {
      "arity": 1,
      "label": "r_grayscale"
    },
    "remove_blue_channel": {
      "arity": 2,
      "label": "remove_blue_channel"
    },
    "remove_channel": {
      "arity": 3,
      "label": "remove_channel"
    },
    "remove_green_channel": {
      "arity": 2,
      "label": "remove_green_channel"
    },
    "remove_red_channel": {
      "arity": 2,
      "label": "remove_red_channel"
    },
    "resize": {
      "arity": 4,
      "label": "resize"
    },
    "resize_img_browser": {
      "arity": 4,
      "label": "resize_img_browser"
    },
    "rgb_get_blue": {
      "arity": 1
    },
    "rgb_get_green": {
      "arity": 1
    },
    "rgb_get_red": {
      "arity": 1
    },
    "rgb_new": {
      "arity": 3,
      "label": "new Rgb"
    },
    "rgb_set_blue": {
      "arity": 2
    },
    "rgb_set_green": {
      "arity": 2
    },
    "rgb_set_red": {
      "arity": 2
    },
    "rgba_get_alpha": {
      "arity": 1,
      "label": "Rgba.get_alpha"
    },
    "rgba_get_blue": {
      "arity": 1
    },
    "rgba_get_green": {
      "arity": 1
    },
    "rgba_get_red": {
      "arity": 1
    },
    "rgba_new": {
      "arity": 4,
      "label": "new Rgba"
    },
    "rgba_set_alpha": {
      "arity": 2,
      "label": "Rgba.set_alpha"
    },
    "rgba_set_blue": {
      "arity": 2
    },
    "rgba_set_green": {
      "arity": 2
    },
    "rgba_set_red": {
      "arity": 2
    },
    "run": {
      "arity": 0,
      "label": "run"
    },
    "ryo": {
      "arity": 1,
      "label": "ryo"
    },
    "saturate_hsl": {
      "arity": 2,
      "label": "saturate_hsl"
    },
    "saturate_hsv": {
      "arity": 2,
      "label": "saturate_hsv"
    },
    "saturate_lch": {
      "arity": 2,
      "label": "saturate_lch"
    },
    "seam_carve": {
      "arity": 3,
      "label": "seam_carve"
    },
    "selective_desaturate": {
      "arity": 3,
      "label": "selective_desaturate"
    },
    "selective_greyscale": {
      "arity": 2,
      "label": "selective_greyscale"
    },
    "selective_hue_rotate": {
      "arity": 3,
      "label": "selective_hue_rotate"
    },
    "selective_lighten": {
      "arity": 3,
      "label": "selective_lighten"
    },
    "selective_saturate": {
      "arity": 3,
      "label": "selective_saturate"
    },
    "sepia": {
      "arity": 1,
      "label": "sepia"
    },
    "sharpen": {
      "arity": 1,
      "label": "sharpen"
    },
    "single_channel_grayscale": {
      "arity": 2,
      "label": "single_channel_grayscale"
    },
    "sobel_horizontal": {
      "arity": 1,
      "label": "sobel_horizontal"
    },
    "sobel_vertical": {
      "arity": 1,
      "label": "sobel_vertical"
    },
    "solarize": {
      "arity": 1,
      "label": "solarize"
    },
    "solarize_retimg": {
      "arity": 1,
      "label": "solarize_retimg"
    },
    "swap_channels": {
      "arity": 3,
      "label": "swap_channels"
    },
    "threshold": {
      "arity": 2,
      "label": "threshold"
    },
    "tint": {
      "arity": 4,
      "label": "tint"
    },
    "to_image_data": {
      "arity": 1,
      "label": "to_image_data"
    },
    "to_raw_pixels": {
      "arity": 2,
      "label": "to_raw_pixels"
    },
    "vertical_strips": {
      "arity": 2,
      "label": "vertical_strips"
    },
    "watermark": {
      "arity": 4,
      "label": "watermark"
    }
  },
  "imports": {
    "./photon_rs_bg.js": {
      "__wbg_appendChild_77215fd672b162c5": 2,
      "__wbg_body_8c888fe47d81765f": 1,
      "__wbg_call_8e95613cc6524977": 2,
      "__wbg_createElement_5bdf88a5af9f17c5": 3,
      "__wbg_data_c2cd7a48734589b2": 2,
      "__wbg_document_6cc8d0b87c0a99b9": 1,
      "__wbg_drawImage_1ed23ae3d5cef9bb": 10,
      "__wbg_error_4bb6c2a97407129a": 2,
      "__wbg_getContext_37ca0870acb096d9": 3,
      "__wbg_getImageData_888c08c04395524a": 5,
      "__wbg_globalThis_b9277fc37e201fe5": 0,
      "__wbg_global_e16303fe83e1d57f": 0,
      "__wbg_height_52fa5698ae65262a": 1,
      "__wbg_height_9a404a6b3c61c7ef": 1,
      "__wbg_instanceof_CanvasRenderingContext2d_5b86ec94bce38d5b": 1,
      "__wbg_instanceof_HtmlCanvasElement_4f5b5ec6cd53ccf3": 1,
      "__wbg_instanceof_Window_adf3196bdc02b386": 1,
      "__wbg_new_59cb74e423758ede": 0,
      "__wbg_newnoargs_f3b8a801d5d4b079": 2,
      "__wbg_newwithu8clampedarrayandsh_104cc36644cfc313": 4,
      "__wbg_putImageData_dcb576c1e3408468": 4,
      "__wbg_self_07b2f89e82ceb76d": 0,
      "__wbg_setheight_70f62727aa9383c2": 2,
      "__wbg_settextContent_9ac5ef9163ad40d0": 3,
      "__wbg_setwidth_5f26a8ba9dbfa0d0": 2,
      "__wbg_stack_558ba5917b466edd": 2,
      "__wbg_width_a22f9855caa54b53": 1,
      "__wbg_width_a85cf756c1966efd": 1,
      "__wbg_window_ba85d88572adc0dc": 0,
      "__wbindgen_debug_string": 2,
      "__wbindgen_is_undefined": 1,
      "__wbindgen_object_clone_ref": 1,
      "__wbindgen_object_drop_ref": 1,
      "__wbindgen_rethrow": 1,
      "__wbindgen_throw": 2
    }
  },
  "jsErrorsThroughRust": "abort",
  "name": "@silvia-odwyer/photon",
  "policy": "reinit",
  "reinitLimit": {
    "max": 10,
    "windowMs": 60000
  },
  "reinitMode": "factory",
  "swap": true,
  "swapHeap": true,
  "tables": []
}, { factory: __wbgg_factory, host: __wbgg_host }));
export const PhotonImage = __wbgg_rt.cls("PhotonImage", {"length":3,"methods":["free","get_width","get_raw_pixels","get_height","get_base64","get_image_data","set_imgdata"],"getters":[],"setters":[],"statics":["new_from_base64","new_from_byteslice"],"free":true,"dispose":false,"arity":{"free":0,"get_base64":0,"get_height":0,"get_image_data":0,"get_raw_pixels":0,"get_width":0,"set_imgdata":1,"static new_from_base64":1,"static new_from_byteslice":1}});
export const Rgb = __wbgg_rt.cls("Rgb", {"length":3,"methods":["free","set_red","set_green","set_blue","get_red","get_green","get_blue"],"getters":[],"setters":[],"statics":[],"free":true,"dispose":false,"arity":{"free":0,"get_blue":0,"get_green":0,"get_red":0,"set_blue":1,"set_green":1,"set_red":1}});
export const Rgba = __wbgg_rt.cls("Rgba", {"length":4,"methods":["free","set_red","set_green","set_blue","set_alpha","get_red","get_green","get_blue","get_alpha"],"getters":[],"setters":[],"statics":[],"free":true,"dispose":false,"arity":{"free":0,"get_alpha":0,"get_blue":0,"get_green":0,"get_red":0,"set_alpha":1,"set_blue":1,"set_green":1,"set_red":1}});
export const SamplingFilter = __wbgg_rt.value("SamplingFilter");
export const adjust_contrast = __wbgg_rt.fn("adjust_contrast", { length: 2 });
export const alter_blue_channel = __wbgg_rt.fn("alter_blue_channel", { length: 2 });
export const alter_channel = __wbgg_rt.fn("alter_channel", { length: 3 });
export const alter_channels = __wbgg_rt.fn("alter_channels", { length: 4 });
export const alter_green_channel = __wbgg_rt.fn("alter_green_channel", { length: 2 });
export const alter_red_channel = __wbgg_rt.fn("alter_red_channel", { length: 2 });
export const alter_two_channels = __wbgg_rt.fn("alter_two_channels", { length: 5 });
export const apply_gradient = __wbgg_rt.fn("apply_gradient", { length: 1 });
export const b_grayscale = __wbgg_rt.fn("b_grayscale", { length: 1 });
export const base64_to_image = __wbgg_rt.fn("base64_to_image", { length: 1 });
export const base64_to_vec = __wbgg_rt.fn("base64_to_vec", { length: 1 });
export const blend = __wbgg_rt.fn("blend", { length: 3 });
export const box_blur = __wbgg_rt.fn("box_blur", { length: 1 });
export const cali = __wbgg_rt.fn("cali", { length: 1 });
export const color_horizontal_strips = __wbgg_rt.fn("color_horizontal_strips", { length: 3 });
export const color_vertical_strips = __wbgg_rt.fn("color_vertical_strips", { length: 3 });
export const colorize = __wbgg_rt.fn("colorize", { length: 1 });
export const create_gradient = __wbgg_rt.fn("create_gradient", { length: 2 });
export const crop = __wbgg_rt.fn("crop", { length: 5 });
export const crop_img_browser = __wbgg_rt.fn("crop_img_browser", { length: 5 });
export const darken_hsl = __wbgg_rt.fn("darken_hsl", { length: 2 });
export const darken_hsv = __wbgg_rt.fn("darken_hsv", { length: 2 });
export const darken_lch = __wbgg_rt.fn("darken_lch", { length: 2 });
export const decompose_max = __wbgg_rt.fn("decompose_max", { length: 1 });
export const decompose_min = __wbgg_rt.fn("decompose_min", { length: 1 });
export const desaturate = __wbgg_rt.fn("desaturate", { length: 1 });
export const desaturate_hsl = __wbgg_rt.fn("desaturate_hsl", { length: 2 });
export const desaturate_hsv = __wbgg_rt.fn("desaturate_hsv", { length: 2 });
export const desaturate_lch = __wbgg_rt.fn("desaturate_lch", { length: 2 });
export const detect_135_deg_lines = __wbgg_rt.fn("detect_135_deg_lines", { length: 1 });
export const detect_45_deg_lines = __wbgg_rt.fn("detect_45_deg_lines", { length: 1 });
export const detect_horizontal_lines = __wbgg_rt.fn("detect_horizontal_lines", { length: 1 });
export const detect_vertical_lines = __wbgg_rt.fn("detect_vertical_lines", { length: 1 });
export const dramatic = __wbgg_rt.fn("dramatic", { length: 1 });
export const edge_detection = __wbgg_rt.fn("edge_detection", { length: 1 });
export const edge_one = __wbgg_rt.fn("edge_one", { length: 1 });
export const emboss = __wbgg_rt.fn("emboss", { length: 1 });
export const filter = __wbgg_rt.fn("filter", { length: 2 });
export const firenze = __wbgg_rt.fn("firenze", { length: 1 });
export const fliph = __wbgg_rt.fn("fliph", { length: 1 });
export const flipv = __wbgg_rt.fn("flipv", { length: 1 });
export const frosted_glass = __wbgg_rt.fn("frosted_glass", { length: 1 });
export const g_grayscale = __wbgg_rt.fn("g_grayscale", { length: 1 });
export const gaussian_blur = __wbgg_rt.fn("gaussian_blur", { length: 2 });
export const get_image_data = __wbgg_rt.fn("get_image_data", { length: 2 });
export const golden = __wbgg_rt.fn("golden", { length: 1 });
export const grayscale = __wbgg_rt.fn("grayscale", { length: 1 });
export const grayscale_human_corrected = __wbgg_rt.fn("grayscale_human_corrected", { length: 1 });
export const grayscale_shades = __wbgg_rt.fn("grayscale_shades", { length: 2 });
export const horizontal_strips = __wbgg_rt.fn("horizontal_strips", { length: 2 });
export const hsl = __wbgg_rt.fn("hsl", { length: 3 });
export const hsv = __wbgg_rt.fn("hsv", { length: 3 });
export const hue_rotate_hsl = __wbgg_rt.fn("hue_rotate_hsl", { length: 2 });
export const hue_rotate_hsv = __wbgg_rt.fn("hue_rotate_hsv", { length: 2 });
export const hue_rotate_lch = __wbgg_rt.fn("hue_rotate_lch", { length: 2 });
export const identity = __wbgg_rt.fn("identity", { length: 1 });
export const inc_brightness = __wbgg_rt.fn("inc_brightness", { length: 2 });
export const invert = __wbgg_rt.fn("invert", { length: 1 });
export const laplace = __wbgg_rt.fn("laplace", { length: 1 });
export const lch = __wbgg_rt.fn("lch", { length: 3 });
export const lighten_hsl = __wbgg_rt.fn("lighten_hsl", { length: 2 });
export const lighten_hsv = __wbgg_rt.fn("lighten_hsv", { length: 2 });
export const lighten_lch = __wbgg_rt.fn("lighten_lch", { length: 2 });
export const lix = __wbgg_rt.fn("lix", { length: 1 });
export const lofi = __wbgg_rt.fn("lofi", { length: 1 });
export const mix_with_colour = __wbgg_rt.fn("mix_with_colour", { length: 3 });
export const monochrome = __wbgg_rt.fn("monochrome", { length: 4 });
export const multiple_offsets = __wbgg_rt.fn("multiple_offsets", { length: 4 });
export const neue = __wbgg_rt.fn("neue", { length: 1 });
export const noise_reduction = __wbgg_rt.fn("noise_reduction", { length: 1 });
export const obsidian = __wbgg_rt.fn("obsidian", { length: 1 });
export const offset = __wbgg_rt.fn("offset", { length: 3 });
export const offset_blue = __wbgg_rt.fn("offset_blue", { length: 2 });
export const offset_green = __wbgg_rt.fn("offset_green", { length: 2 });
export const offset_red = __wbgg_rt.fn("offset_red", { length: 2 });
export const oil = __wbgg_rt.fn("oil", { length: 3 });
export const open_image = __wbgg_rt.fn("open_image", { length: 2 });
export const padding_bottom = __wbgg_rt.fn("padding_bottom", { length: 3 });
export const padding_left = __wbgg_rt.fn("padding_left", { length: 3 });
export const padding_right = __wbgg_rt.fn("padding_right", { length: 3 });
export const padding_top = __wbgg_rt.fn("padding_top", { length: 3 });
export const padding_uniform = __wbgg_rt.fn("padding_uniform", { length: 3 });
export const pastel_pink = __wbgg_rt.fn("pastel_pink", { length: 1 });
export const prewitt_horizontal = __wbgg_rt.fn("prewitt_horizontal", { length: 1 });
export const primary = __wbgg_rt.fn("primary", { length: 1 });
export const putImageData = __wbgg_rt.fn("putImageData", { length: 3 });
export const r_grayscale = __wbgg_rt.fn("r_grayscale", { length: 1 });
export const remove_blue_channel = __wbgg_rt.fn("remove_blue_channel", { length: 2 });
export const remove_channel = __wbgg_rt.fn("remove_channel", { length: 3 });
export const remove_green_channel = __wbgg_rt.fn("remove_green_channel", { length: 2 });
export const remove_red_channel = __wbgg_rt.fn("remove_red_channel", { length: 2 });
export const resize = __wbgg_rt.fn("resize", { length: 4 });
export const resize_img_browser = __wbgg_rt.fn("resize_img_browser", { length: 4 });
export const run = __wbgg_rt.fn("run", { length: 0 });
export const ryo = __wbgg_rt.fn("ryo", { length: 1 });
export const saturate_hsl = __wbgg_rt.fn("saturate_hsl", { length: 2 });
export const saturate_hsv = __wbgg_rt.fn("saturate_hsv", { length: 2 });
export const saturate_lch = __wbgg_rt.fn("saturate_lch", { length: 2 });
export const seam_carve = __wbgg_rt.fn("seam_carve", { length: 3 });
export const selective_desaturate = __wbgg_rt.fn("selective_desaturate", { length: 3 });
export const selective_greyscale = __wbgg_rt.fn("selective_greyscale", { length: 2 });
export const selective_hue_rotate = __wbgg_rt.fn("selective_hue_rotate", { length: 3 });
export const selective_lighten = __wbgg_rt.fn("selective_lighten", { length: 3 });
export const selective_saturate = __wbgg_rt.fn("selective_saturate", { length: 3 });
export const sepia = __wbgg_rt.fn("sepia", { length: 1 });
export const sharpen = __wbgg_rt.fn("sharpen", { length: 1 });
export const single_channel_grayscale = __wbgg_rt.fn("single_channel_grayscale", { length: 2 });
export const sobel_horizontal = __wbgg_rt.fn("sobel_horizontal", { length: 1 });
export const sobel_vertical = __wbgg_rt.fn("sobel_vertical", { length: 1 });
export const solarize = __wbgg_rt.fn("solarize", { length: 1 });
export const solarize_retimg = __wbgg_rt.fn("solarize_retimg", { length: 1 });
export const swap_channels = __wbgg_rt.fn("swap_channels", { length: 3 });
export const threshold = __wbgg_rt.fn("threshold", { length: 2 });
export const tint = __wbgg_rt.fn("tint", { length: 4 });
export const to_image_data = __wbgg_rt.fn("to_image_data", { length: 1 });
export const to_raw_pixels = __wbgg_rt.fn("to_raw_pixels", { length: 1 });
export const vertical_strips = __wbgg_rt.fn("vertical_strips", { length: 2 });
export const watermark = __wbgg_rt.fn("watermark", { length: 4 });
export { PanicError, AbortError, PoisonedError, StaleInstanceError };
export const wbgGuard = __wbgg_rt.api;
