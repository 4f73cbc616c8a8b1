// Internal to the io stage; the public interface is dyad/document_reader.h
// (IsValidUtf8).
#ifndef DYAD_IO_UTF8_H_
#define DYAD_IO_UTF8_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace dyad {

// The length of the longest prefix of `s` that is valid UTF-8 (the same rules
// as IsValidUtf8): `s.size()` when all of it is, else the byte offset of the
// first ill-formed sequence, for messages.
size_t ValidUtf8Prefix(std::string_view s);

// `s` cut to at most `max_bytes` without splitting a UTF-8 sequence, with
// "..." appended when something was cut. For quoting input in messages.
std::string TruncateUtf8(std::string_view s, size_t max_bytes);

// `s` with each byte that does not start a valid UTF-8 sequence replaced by
// U+FFFD. For text from third-party messages that may quote part of a
// multi-byte character.
std::string SanitizeUtf8(std::string_view s);

}  // namespace dyad

#endif  // DYAD_IO_UTF8_H_
