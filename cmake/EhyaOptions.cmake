# One INTERFACE target that carries the language level, warnings and strict Qt defines to every
# target of the project (after qBittorrent's CommonConfig.cmake).
add_library(ehya_options INTERFACE)
target_compile_features(ehya_options INTERFACE cxx_std_20)
target_compile_options(ehya_options INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
  -Wimplicit-fallthrough)
if(EHYA_WERROR)
  target_compile_options(ehya_options INTERFACE -Werror)
endif()
target_compile_definitions(ehya_options INTERFACE
  QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_CAST_FROM_BYTEARRAY
  QT_NO_CONTEXTLESS_CONNECT QT_NO_URL_CAST_FROM_STRING QT_USE_QSTRINGBUILDER
  QT_NO_FOREACH QT_NO_KEYWORDS QT_DISABLE_DEPRECATED_UP_TO=0x060400)
if(EHYA_SANITIZE)
  target_compile_options(ehya_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
    -fno-sanitize-recover=undefined)
  target_link_options(ehya_options INTERFACE -fsanitize=address,undefined)
endif()
