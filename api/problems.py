"""One error hierarchy → one RFC 9457 handler. Messages in Vietnamese (default) and English."""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import Any, TypeVar

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from api.domain.errors import DomainError

log = logging.getLogger("dhtt.problems")

PROBLEM_JSON = "application/problem+json"
# Facts of a field error that are members of its entry too: a spreadsheet import's row, the
# sheet's Vietnamese column header, and the rule.
ERROR_MEMBERS = ("row", "column", "rule")
MAX_ERRORS = 100  # field errors listed in one problem; ``error_count`` tells the total
TYPE_BASE = "https://dhtt.gov.vn/problems/"

# code → (status, title in Vietnamese, title in English)
CATALOGUE: dict[str, tuple[int, str, str]] = {
    "validation_error": (422, "Dữ liệu không hợp lệ", "Invalid input"),
    "invalid_unit": (422, "Đơn vị không hợp lệ", "Invalid unit"),
    "conference_form_not_allowed": (422, "Hình thức hội nghị không được phép", "Conference form not allowed"),
    "conference_date_out_of_window": (422, "Ngày hội nghị ngoài thời hạn", "Conference date out of window"),
    "conference_after_party_congress": (422, "Hội nghị phải trước Đại hội Đảng", "Conference after the Party congress"),
    "agenda_invalid": (422, "Chương trình hội nghị không hợp lệ", "Invalid agenda"),
    "pilot_invitee_not_allowed": (422, "Không phải đơn vị chỉ đạo điểm", "Pilot invitee not allowed"),
    "conference_already_exists": (409, "Đơn vị đã có hội nghị trong kế hoạch", "Conference already exists"),
    "conference_order_violated": (409, "Sai thứ tự tổ chức hội nghị", "Conference order violated"),
    "delegate_cap_exceeded": (409, "Vượt số lượng đại biểu", "Delegate cap exceeded"),
    "duplicate_delegate": (409, "Đại biểu đã có trong danh sách", "Duplicate delegate"),
    "delegate_list_locked": (409, "Danh sách đại biểu đã chốt", "Delegate list locked"),
    "composition_ratio_violated": (409, "Sai cơ cấu đại biểu", "Composition ratio violated"),
    "allocation_exceeded": (409, "Vượt số lượng được phân bổ", "Allocation exceeded"),
    "allocation_exceeds_capacity": (409, "Phân bổ vượt số ghế", "Allocation exceeds capacity"),
    "duplicate_nomination": (409, "Đã có đề nghị cho người/tập thể này", "Duplicate nomination"),
    "transition_not_allowed": (409, "Không thể chuyển trạng thái", "Transition not allowed"),
    "report_incomplete": (409, "Báo cáo chưa đủ nội dung", "Report incomplete"),
    "presentation_not_approved": (409, "Tham luận chưa được duyệt", "Presentation not approved"),
    "unit_in_other_block": (409, "Đơn vị đã thuộc cụm, khối khác", "Unit in another block"),
    "conflict": (409, "Xung đột dữ liệu", "Conflict"),
    "self_review_forbidden": (403, "Không được tự duyệt", "Self review forbidden"),
    "forbidden": (403, "Không có quyền", "Forbidden"),
    "unauthorized": (401, "Chưa xác thực", "Unauthorized"),
    "invalid_grant": (400, "Thông tin đăng nhập không đúng", "Invalid credentials"),
    "not_found": (404, "Không tìm thấy", "Not found"),
    "method_not_allowed": (405, "Phương thức không được hỗ trợ", "Method not allowed"),
    "not_acceptable": (406, "Không đáp ứng được định dạng yêu cầu", "Not acceptable"),
    "precondition_failed": (412, "Điều kiện tiên quyết không thỏa", "Precondition failed"),
    "precondition_required": (428, "Thiếu If-Match", "Precondition required"),
    "payload_too_large": (413, "Dữ liệu quá lớn", "Payload too large"),
    "unsupported_media_type": (415, "Định dạng không được hỗ trợ", "Unsupported media type"),
    "rate_limited": (429, "Quá nhiều yêu cầu", "Too many requests"),
    "internal_error": (500, "Lỗi hệ thống", "Internal error"),
    "service_unavailable": (503, "Dịch vụ tạm thời không sẵn sàng", "Service unavailable"),
}

# (code, reason) or code → (detail in Vietnamese, detail in English); {facts} are formatted in.
DETAILS: dict[str, tuple[str, str]] = {
    "validation_error": ("Yêu cầu có trường không hợp lệ.", "The request has invalid fields."),
    "invalid_unit:province_has_parent": ("Đơn vị cấp tỉnh không có đơn vị cấp trên.", "A province unit has no parent."),
    "invalid_unit:district_parent_not_province": (
        "Đơn vị cấp huyện chỉ trực thuộc đơn vị cấp tỉnh.",
        "A district's parent can only be a province.",
    ),
    "invalid_unit:grassroots_needs_district": (
        "Đơn vị cấp cơ sở phải thuộc một huyện.",
        "A grassroots unit must lie under a district.",
    ),
    "invalid_unit:cycle": ("Đơn vị không thể trực thuộc chính nó.", "A unit cannot be its own ancestor."),
    "invalid_unit:required": (
        "Đơn vị cấp cơ sở phải có số cán bộ, công chức, viên chức, người lao động.",
        "A grassroots unit needs a headcount.",
    ),
    "invalid_unit:negative": (
        "Số cán bộ, công chức, viên chức, người lao động phải là số nguyên không âm.",
        "The headcount must be a whole number ≥ 0.",
    ),
    "invalid_unit:too_large": (
        "Số cán bộ, công chức, viên chức, người lao động vượt quá giới hạn cho phép[ ({maximum})].",
        "The headcount is above the allowed maximum[ ({maximum})].",
    ),
    "invalid_unit:kind_change": (
        "Không thể đổi loại đơn vị giữa các cấp.",
        "A unit's kind cannot change across levels.",
    ),
    "unit_in_other_block": (
        "Đơn vị[ {unit_id}] đã thuộc cụm, khối thi đua khác; hãy rút khỏi cụm, khối đó trước.",
        "The unit[ {unit_id}] already belongs to another emulation block; remove it there first.",
    ),
    "conference_form_not_allowed": (
        "Hội nghị cấp huyện chỉ tổ chức theo hình thức Hội nghị điển hình tiên tiến hoặc Hội nghị biểu dương"
        " những người lao động giỏi, lao động sáng tạo (§II.2.2).",
        "A district conference is either advanced_exemplars or skilled_creative_workers (§II.2.2).",
    ),
    "conference_form_not_allowed:province": (
        "Đơn vị cấp tỉnh không tổ chức hội nghị trong kế hoạch của huyện.",
        "A province unit holds no conference in a district plan.",
    ),
    "conference_date_out_of_window": (
        "Ngày tổ chức phải nằm trong thời hạn của kế hoạch[: từ {opens}][ đến {deadline}].",
        "The date must fall within the plan's window[: from {opens}][ to {deadline}].",
    ),
    "conference_after_party_congress": (
        "Hội nghị phải tổ chức trước Đại hội Đảng của đơn vị[ ({party_congress_date})].",
        "The conference must be held before the unit's Party congress[ ({party_congress_date})].",
    ),
    "conference_order_violated": (
        "Hội nghị cấp huyện[ ({district_held_on})] phải tổ chức sau tất cả hội nghị cấp cơ sở"
        "[ (muộn nhất {latest_grassroots})].",
        "The district conference[ ({district_held_on})] must follow every grassroots conference"
        "[ (latest {latest_grassroots})].",
    ),
    "conference_already_exists": (
        "Đơn vị đã có hội nghị trong kế hoạch này.",
        "The unit already has a conference in this plan.",
    ),
    "agenda_invalid": (
        "Chương trình phải giữ đủ và đúng thứ tự các nội dung bắt buộc[: {expected}].",
        "The agenda must keep every mandatory item in order[: {expected}].",
    ),
    "agenda_invalid:flag_not_set": (
        "Nội dung này[ ({key})] chỉ có khi hội nghị đánh dấu tương ứng.",
        "This item[ ({key})] appears only when the conference's flag is set.",
    ),
    "agenda_invalid:unknown_item": (
        "Nội dung[ {key}] không có trong kế hoạch.",
        "The item[ {key}] is not in the plan.",
    ),
    "agenda_invalid:missing": ("Thiếu nội dung bắt buộc[: {missing}].", "Mandatory items are missing[: {missing}]."),
    "agenda_invalid:extra_outside": (
        "Nội dung bổ sung phải nằm giữa nội dung bắt buộc đầu tiên và cuối cùng.",
        "Extras must stand between the first and the last mandatory item.",
    ),
    "agenda_invalid:time_order": ("Thời gian các nội dung không được lùi.", "Item times must not go backwards."),
    "delegate_cap_exceeded": (
        "Vượt số lượng đại biểu tối đa[ {cap}][ (hiện có {count}[, thêm {adding}][, còn {room} chỗ])].",
        "The delegate cap[ of {cap}] would be exceeded[ ({count} listed[, {adding} to add][, {room} left])].",
    ),
    "delegate_cap_exceeded:over_cap": (
        "Danh sách[ có {count} đại biểu,] vượt số lượng tối đa[ {cap}][: cần bớt {over} đại biểu].",
        "The list[ holds {count} delegates and] is over the cap[ of {cap}][: remove {over}].",
    ),
    "duplicate_delegate": (
        "Người này đã có trong danh sách (trùng số CCCD, hoặc họ tên và ngày sinh).",
        "This person is already on the list (same national ID, or same name and birth date).",
    ),
    "delegate_list_locked": (
        "Danh sách đại biểu đã chốt; cần mở lại trước khi thay đổi.",
        "The delegate list is finalized; reopen it before changing it.",
    ),
    "delegate_list_locked:already_finalized": (
        "Danh sách đại biểu đã được chốt.",
        "The delegate list is already finalized.",
    ),
    "composition_ratio_violated": (
        "Đại biểu điển hình chưa đạt tỷ lệ tối thiểu[ {share_percent}%][ (hiện {exemplary}/{total})].[ Có thể thêm"
        " {add_exemplary} đại biểu điển hình.][ Có thể bớt {remove_others} đại biểu khách mời, lãnh đạo.]",
        "Exemplary delegates are below the minimum share[ of {share_percent}%][ (now {exemplary}/{total})].[ Adding"
        " {add_exemplary} exemplary delegates would do.][ Removing {remove_others} guests or leaders would do.]",
    ),
    "pilot_invitee_not_allowed": (
        "Chỉ đơn vị chỉ đạo điểm mới mời thêm đại diện lãnh đạo các đơn vị thành viên khối thi đua (§II.5).",
        "Only a pilot unit's conference invites the block members' leaders (§II.5).",
    ),
    "allocation_exceeded": (
        "Đơn vị đã cử đủ số đại biểu được phân bổ[ ({designated}/{allocated})].",
        "The unit has designated every seat it was allocated[ ({designated}/{allocated})].",
    ),
    "allocation_exceeds_capacity": (
        "Tổng phân bổ vượt số ghế đại biểu điển hình[ ({total}/{capacity})].",
        "The allocations exceed the exemplary seats[ ({total}/{capacity})].",
    ),
    "duplicate_nomination": (
        "Đã có đề nghị đang hiệu lực cho người/tập thể này tại hội nghị (N4).",
        "A live nomination for this nominee already exists at this conference (N4).",
    ),
    "transition_not_allowed": (
        "Không thể thực hiện thao tác[ {action}] ở trạng thái hiện tại[ ({state})].",
        "The action[ {action}] is not allowed in the current state[ ({state})].",
    ),
    "self_review_forbidden": (
        "Người đã trình không được tự duyệt (X3).",
        "The submitter cannot decide their own proposal (X3).",
    ),
    "report_incomplete": (
        "Báo cáo còn thiếu các mục bắt buộc[: {missing}].",
        "The report lacks required sections[: {missing}].",
    ),
    "presentation_not_approved": (
        "Chỉ tham luận đã duyệt mới được đưa vào chương trình (S3).",
        "Only approved presentations go into the agenda (S3).",
    ),
    "conflict:submission_exists": (
        "Đơn vị đã có hồ sơ loại này trong kế hoạch.",
        "The unit already has this kind of submission in the plan.",
    ),
    "service_unavailable:attachment_missing": ("Không đọc được tệp đính kèm.", "The attachment cannot be read."),
    "service_unavailable:attachment_corrupt": (
        "Tệp đính kèm không khớp mã kiểm tra.",
        "The attachment does not match its checksum.",
    ),
    "conflict:conference_has_designations": (
        "Đơn vị đã cử đại biểu lên cấp huyện; hãy rút các đại biểu đó trước.",
        "Delegates of this conference were designated upward; withdraw them first.",
    ),
    "conflict:conference_has_records": (
        "Hội nghị đã có đề nghị khen thưởng hoặc tham luận, không thể xóa.",
        "The conference has nominations or presentations and cannot be deleted.",
    ),
    "conflict:not_finalized": ("Danh sách đại biểu chưa chốt.", "The delegate list is not finalized."),
    "not_found": ("Không tìm thấy tài nguyên được yêu cầu.", "The requested resource does not exist."),
    "forbidden": ("Bạn không có quyền thực hiện thao tác này.", "You may not perform this action."),
    "forbidden:override": (
        "Chỉ quản trị cấp huyện được ghi lý do vượt quy định.",
        "Only a district admin may send an override reason.",
    ),
    "unauthorized": ("Cần đăng nhập bằng mã truy cập hợp lệ.", "A valid access token is required."),
    "invalid_grant": (
        "Tên đăng nhập, mật khẩu hoặc mã làm mới không đúng.",
        "The username, password, client secret or refresh token is not valid.",
    ),
    "invalid_grant:unsupported_grant_type": ("Kiểu cấp quyền không được hỗ trợ.", "Unsupported grant type."),
    "invalid_grant:invalid_scope": ("Phạm vi quyền không hợp lệ.", "Invalid scope."),
    "rate_limited": (
        "Đăng nhập sai quá nhiều lần; hãy chờ rồi thử lại[ (sau {retry_after} giây)].",
        "Too many failed logins; wait before trying again[ (in {retry_after} seconds)].",
    ),
    "precondition_failed": (
        "Tài nguyên đã thay đổi (If-Match không khớp ETag hiện tại).",
        "The resource has changed (If-Match does not match the current ETag).",
    ),
    "conflict": ("Yêu cầu xung đột với dữ liệu hiện có.", "The request conflicts with stored data."),
    "conflict:idempotency_key_reused": (
        "Khóa Idempotency-Key đã dùng cho một yêu cầu khác.",
        "The Idempotency-Key was already used for a different request.",
    ),
    "conflict:username_taken": ("Tên đăng nhập đã tồn tại.", "The username is taken."),
    "conflict:plan_code_taken": (
        "Số kế hoạch đã tồn tại ở đơn vị ban hành.",
        "The plan code already exists for this issuer.",
    ),
    "conflict:block_name_taken": (
        "Tên cụm, khối đã tồn tại trong huyện.",
        "A block with this name exists in the district.",
    ),
    "conflict:unit_has_children": ("Đơn vị còn đơn vị trực thuộc.", "The unit still has child units."),
    "method_not_allowed": ("Phương thức không được hỗ trợ.", "The method is not allowed here."),
    "payload_too_large": (
        "Dữ liệu gửi lên vượt giới hạn cho phép[ ({limit} byte)].",
        "The body exceeds the size limit[ ({limit} bytes)].",
    ),
    "payload_too_large:import_rows": (
        "Tệp nhập có quá nhiều dòng[ (tối đa {max_rows})]; hãy chia thành nhiều tệp nhỏ hơn.",
        "The import holds too many rows[ (at most {max_rows})]; split it into smaller files.",
    ),
    "unsupported_media_type": ("Định dạng nội dung không được hỗ trợ.", "The content type is not supported."),
    "unsupported_media_type:encoding": (
        "Tệp CSV không ở bảng mã UTF-8 (có thể đã được lưu bằng bảng mã tiếng Việt của Windows, cp1258), nên "
        "tiếng Việt sẽ bị sai. Hãy mở tệp bằng Excel, chọn Lưu thành (Save As) “CSV UTF-8 (Comma delimited)” "
        "hoặc “Excel Workbook (.xlsx)” rồi gửi lại.",
        "The CSV file is not UTF-8 (it may have been saved in the Windows Vietnamese code page, cp1258), so "
        "its Vietnamese would be garbled. Open it in Excel, Save As “CSV UTF-8 (Comma delimited)” or “Excel "
        "Workbook (.xlsx)”, and send it again.",
    ),
    "unsupported_media_type:not_a_container": (
        "Tệp ZIP hỏng hoặc không đọc được (S6).",
        "The ZIP file is damaged or unreadable (S6).",
    ),
    "unsupported_media_type:container_mismatch": (
        "Nội dung tệp không khớp định dạng tài liệu được chấp nhận (DOCX, XLSX, ODT, ODS) (S6).",
        "The file's parts do not make an accepted document type (DOCX, XLSX, ODT, ODS) (S6).",
    ),
    "unsupported_media_type:container_invalid": (
        "Tệp nén có mục không hợp lệ (trùng tên, mã hóa hoặc kiểu nén lạ)[: {entry}] (S6).",
        "The archive has an invalid entry (duplicate, encrypted or unusual compression)[: {entry}] (S6).",
    ),
    "unsupported_media_type:container_limits": (
        "Tệp nén vượt giới hạn an toàn[ ({safety_limit})]: số mục, kích thước giải nén hoặc tỷ lệ nén (S6).",
        "The archive exceeds a safety limit[ ({safety_limit})]: entry count, inflated size or compression ratio (S6).",
    ),
    "unsupported_media_type:forbidden_entry": (
        "Tệp chứa chương trình, mã lệnh, trang web hoặc macro[: {entry}] (S6).",
        "The file contains a program, script, web page or macro[: {entry}] (S6).",
    ),
    "internal_error": (
        "Đã xảy ra lỗi không mong muốn[; mã yêu cầu {request_id}].",
        "An unexpected error occurred[; request id {request_id}].",
    ),
    "service_unavailable": ("Cơ sở dữ liệu tạm thời không truy cập được.", "The database is temporarily unreachable."),
    "service_unavailable:migrations": (
        "Cơ sở dữ liệu chưa được nâng cấp[ (phiên bản {current}[, cần {head}])].",
        "The database schema is not at head[ ({current}[, expected {head}])].",
    ),
}

# Facts a problem carries as members of its body (beside ``detail``, which says them in words):
# name → (JSON schema, description). The contract's Problem schema declares each; a fact not
# listed here stays inside ``detail`` only.
_INT: dict[str, Any] = {"type": "integer"}
_DATE: dict[str, Any] = {"type": "string", "format": "date"}
_KEYS: dict[str, Any] = {"type": "array", "items": {"type": "string"}}
FACT_MEMBERS: dict[str, tuple[dict[str, Any], str]] = {
    "total": (
        _INT,
        "composition_ratio_violated: delegates counted toward A4; allocation_exceeds_capacity: seats allocated in all",
    ),
    "exemplary": (_INT, "composition_ratio_violated: exemplary delegates among them (A5)"),
    "others": (_INT, "composition_ratio_violated: guests and leaders among them"),
    "share_percent": (_INT, "composition_ratio_violated: the plan's minimum exemplary share, in percent"),
    "add_exemplary": (_INT, "composition_ratio_violated: exemplary delegates to add (absent when no number would do)"),
    "remove_others": (_INT, "composition_ratio_violated: guests or leaders to remove"),
    "cap": (_INT, "delegate_cap_exceeded: the list's cap (A1, A2)"),
    "count": (_INT, "delegate_cap_exceeded: delegates on the list that count toward the cap"),
    "adding": (_INT, "delegate_cap_exceeded: delegates the refused write would add (0 when the list itself is over)"),
    "room": (_INT, "delegate_cap_exceeded: places left under the cap"),
    "over": (_INT, "delegate_cap_exceeded: delegates above the cap to remove (the list itself is over)"),
    "allocated": (_INT, "allocation_exceeded: seats allocated to the unit (A10)"),
    "designated": (_INT, "allocation_exceeded: delegates the unit has designated"),
    "capacity": (_INT, "allocation_exceeds_capacity: the district conference's exemplary seats"),
    "missing": (
        _KEYS,
        "report_incomplete: outline keys of the required sections left blank (S2); agenda_invalid: item keys missing",
    ),
    "expected": (_KEYS, "agenda_invalid: the mandatory item keys in order (C8)"),
    "retry_after": (_INT, "rate_limited: seconds to wait (also the Retry-After header)"),
    "limit": (_INT, "payload_too_large: the operation's body limit in bytes"),
    "max_rows": (_INT, "payload_too_large (import_rows): the most rows one import takes"),
    "maximum": (_INT, "invalid_unit (U2): the largest headcount accepted"),
    "opens": (_DATE, "conference_date_out_of_window: first day of the window (C4)"),
    "deadline": (_DATE, "conference_date_out_of_window: last day of the window (C4)"),
    "party_congress_date": (_DATE, "conference_after_party_congress: the unit's Party congress (C5)"),
    "district_held_on": (_DATE, "conference_order_violated: the district conference's date (C6)"),
    "latest_grassroots": (_DATE, "conference_order_violated: the latest grassroots conference (C6)"),
    "action": ({"type": "string"}, "transition_not_allowed: the refused action"),
    "state": ({"type": "string"}, "transition_not_allowed: the current state"),
}


# Messages for one invalid field: key → (vi, en)
FIELD_MESSAGES: dict[str, tuple[str, str]] = {
    "missing": ("Thiếu trường bắt buộc.", "This field is required."),
    "extra_forbidden": ("Trường không được chấp nhận.", "This field is not accepted."),
    "string_too_long": ("Quá dài[ (tối đa {max_length} ký tự)].", "Too long[ (at most {max_length} characters)]."),
    "string_too_short": (
        "Quá ngắn[ (tối thiểu {min_length} ký tự)].",
        "Too short[ (at least {min_length} characters)].",
    ),
    "too_long": ("Quá nhiều phần tử[ (tối đa {max_length})].", "Too many items[ (at most {max_length})]."),
    "greater_than_equal": ("Giá trị quá nhỏ[ (phải lớn hơn hoặc bằng {ge})].", "Too small[ (must be ≥ {ge})]."),
    "greater_than": ("Giá trị quá nhỏ[ (phải lớn hơn {gt})].", "Too small[ (must be > {gt})]."),
    "less_than_equal": ("Giá trị quá lớn[ (phải nhỏ hơn hoặc bằng {le})].", "Too large[ (must be ≤ {le})]."),
    "less_than": ("Giá trị quá lớn[ (phải nhỏ hơn {lt})].", "Too large[ (must be < {lt})]."),
    "enum": (
        "Giá trị không nằm trong danh sách cho phép[: {expected}].",
        "Not an allowed value[; one of: {expected}].",
    ),
    "literal_error": (
        "Giá trị không nằm trong danh sách cho phép[: {expected}].",
        "Not an allowed value[; one of: {expected}].",
    ),
    "uuid_parsing": ("Mã định danh không hợp lệ.", "Not a valid identifier."),
    "uuid_type": ("Mã định danh không hợp lệ.", "Not a valid identifier."),
    "date_parsing": ("Ngày phải theo dạng YYYY-MM-DD.", "A date must be YYYY-MM-DD."),
    "date_from_datetime_parsing": ("Ngày phải theo dạng YYYY-MM-DD.", "A date must be YYYY-MM-DD."),
    "date_type": ("Ngày phải theo dạng YYYY-MM-DD.", "A date must be YYYY-MM-DD."),
    "datetime_parsing": ("Thời điểm phải theo ISO 8601.", "An instant must be ISO 8601."),
    "datetime_from_date_parsing": ("Thời điểm phải theo ISO 8601.", "An instant must be ISO 8601."),
    "timezone_aware": ("Thời điểm phải có múi giờ.", "An instant must carry an offset."),
    "int_parsing": ("Phải là số nguyên.", "Must be a whole number."),
    "int_type": ("Phải là số nguyên.", "Must be a whole number."),
    "int_from_float": ("Phải là số nguyên.", "Must be a whole number."),
    "bool_parsing": ("Phải là true hoặc false.", "Must be true or false."),
    "bool_type": ("Phải là true hoặc false.", "Must be true or false."),
    "string_type": ("Phải là chuỗi ký tự.", "Must be a string."),
    "list_type": ("Phải là một danh sách.", "Must be a list."),
    "dict_type": ("Phải là một đối tượng.", "Must be an object."),
    "model_type": ("Phải là một đối tượng.", "Must be an object."),
    "model_attributes_type": ("Phải là một đối tượng.", "Must be an object."),
    "json_invalid": ("Nội dung JSON không hợp lệ.", "The body is not valid JSON."),
    "string_pattern_mismatch": ("Sai định dạng.", "Wrong format."),
    "value_error": ("Giá trị không hợp lệ.", "Invalid value."),
    "Q1:control_character": ("Không được chứa ký tự điều khiển (Q1).", "Control characters are not allowed (Q1)."),
    "U2:negative": ("Số lao động phải là số nguyên không âm (U2).", "The headcount must be a whole number ≥ 0 (U2)."),
    "U2:too_large": (
        "Số lao động vượt quá giới hạn cho phép[ ({maximum})] (U2).",
        "The headcount is above the allowed maximum[ ({maximum})] (U2).",
    ),
    "C5:date_out_of_range": (
        "Ngày đại hội Đảng nằm ngoài khoảng hợp lệ[ (từ {earliest}[ đến {latest}])] (C5).",
        "The Party congress date is out of range[ (from {earliest}[ to {latest}])] (C5).",
    ),
    "birth_date_out_of_range": (
        "Ngày sinh phải sau năm 1900 và không ở tương lai[ (từ {earliest}[ đến {latest}])].",
        "The birth date must lie after 1900 and not in the future[ (from {earliest}[ to {latest}])].",
    ),
    "Q2:national_id": ("Số CCCD phải gồm đúng 12 chữ số (Q2).", "A national ID is exactly 12 digits (Q2)."),
    "Q2:phone": ("Số điện thoại phải là số Việt Nam hợp lệ (Q2).", "A phone number must be a Vietnamese number (Q2)."),
    "blank": ("Không được để trống.", "Must not be blank."),
    "read_only": (
        "Trường này do hệ thống quản lý: chỉ gửi lại đúng giá trị đã nhận, hoặc bỏ trường này đi.",
        "The service sets this field: send back the value it gave, or leave the field out.",
    ),
    "content_twice": (
        "Gửi nội dung trong content hoặc ở các trường cũ (text, sections, figures), không gửi cả hai.",
        "Send the content in content or in the older fields (text, sections, figures), not both.",
    ),
    "cursor": ("Con trỏ phân trang không hợp lệ.", "Not a valid pagination cursor."),
    "password_policy": (
        "Mật khẩu phải có ít nhất 10 ký tự, gồm chữ và số.",
        "A password needs at least 10 characters with letters and digits.",
    ),
    "period_order": ("Năm kết thúc phải sau năm bắt đầu.", "The end year must follow the start year."),
    "review_after_period": (
        "Kỳ tổng kết phải kết thúc trước hoặc khi giai đoạn mới bắt đầu.",
        "The review period must end by the start of the new period.",
    ),
    "deadline_outside_campaign": (
        "Thời hạn phải từ ngày ban hành đến hết giai đoạn.",
        "The deadline must fall between the issue date and the end of the period.",
    ),
    "district_before_grassroots": (
        "Hạn hội nghị cấp huyện không được trước hạn cấp cơ sở.",
        "The district deadline cannot precede the grassroots deadline.",
    ),
    "positive": ("Phải là số nguyên dương.", "Must be a positive whole number."),
    "share_range": ("Tỷ lệ phải từ 0 đến 100.", "The share must be between 0 and 100."),
    "unit_required": ("Vai trò này phải gắn với một đơn vị.", "This role must be bound to a unit."),
    "admin_unit_must_be_district": (
        "Quản trị cấp huyện phải gắn với đơn vị cấp huyện.",
        "A district admin must be bound to a district unit.",
    ),
    "viewer_has_no_unit": ("Tài khoản cấp tỉnh không gắn với đơn vị.", "A province viewer is bound to no unit."),
    "unknown_unit": ("Đơn vị không tồn tại.", "No such unit."),
    "unknown_scope": ("Phạm vi quyền không hợp lệ.", "Unknown scope."),
    "unknown_plan": ("Kế hoạch không tồn tại.", "No such plan."),
    "plan_of_other_district": ("Kế hoạch không phải của huyện chứa đơn vị.", "The plan belongs to another district."),
    "duplicate_unit": ("Một đơn vị xuất hiện hai lần.", "A unit appears twice."),
    "not_exemplary": ("Chỉ cử đại biểu điển hình (A5) lên cấp trên.", "Only exemplary delegates (A5) are sent upward."),
    "unknown_delegate": ("Đại biểu không có trong danh sách.", "No such delegate on this list."),
    "district_not_scheduled": (
        "Hội nghị cấp huyện chưa được lên lịch.",
        "The district conference is not scheduled yet.",
    ),
    # Import of a spreadsheet: the sheet's own column header, row and the format expected
    "sheet_cell": (
        'Lỗi[ ở cột "{column}"][, dòng {row}][: {expected_vi}].',
        'Error[ in column "{column}"][, row {row}][: {expected_en}].',
    ),
    "sheet_column_missing": (
        'Thiếu cột bắt buộc[ "{column}"] ở dòng tiêu đề.',
        'A required column[ "{column}"] is missing from the header row.',
    ),
    "sheet_empty": (
        "Bảng tính không có dòng đại biểu nào: hãy nhập danh sách vào trang “Danh sách đại biểu” từ dòng 2 "
        "(dòng ví dụ ở trang “Hướng dẫn” không được nhập).",
        "The sheet holds no delegate row: fill in the “Danh sách đại biểu” sheet from row 2 "
        "(the example on the “Hướng dẫn” sheet is never imported).",
    ),
    "duplicate_in_file": (
        "Trùng với một dòng khác trong tệp[ (dòng {same_as_row})] (A7).",
        "Same person as another row of the file[ (row {same_as_row})] (A7).",
    ),
    "duplicate_on_list": ("Người này đã có trong danh sách (A7).", "Already on the list (A7)."),
    "collective_has_no_rank": (
        "Tập thể không có cấp lãnh đạo/người lao động (N1).",
        "A collective carries no rank (N1).",
    ),
    "presentations_item_only": (
        "Chỉ mục tham luận mới chứa danh sách tham luận.",
        "Only the presentations item lists presentations.",
    ),
    "received_out_of_range": (
        "Thời điểm nhận không được ở tương lai.",
        "The received instant cannot be in the future.",
    ),
    "unknown_conference": ("Hội nghị không thuộc đơn vị.", "No such conference of this unit."),
    "not_grassroots": ("Chỉ đơn vị cấp cơ sở gửi kế hoạch (S1).", "Only grassroots units send a plan (S1)."),
    "not_for_kind": ("Trường này không dùng cho loại hồ sơ này.", "This field does not apply to this kind."),
    "unknown_section": ("Mục không có trong đề cương[: {keys}].", "Not a section of the outline[: {keys}]."),
    "registered_above_total": ("Số đăng ký không được vượt tổng số.", "Registered cannot exceed the total."),
    "member_outside_district": (
        "Thành viên phải thuộc cùng huyện với cụm, khối.",
        "Members must belong to the block's district.",
    ),
    "issuer_not_district": ("Đơn vị ban hành phải là đơn vị cấp huyện.", "The issuer must be a district unit."),
}


# Compliance messages (GET /conferences/{id}/compliance): key → (vi, en)
COMPLIANCE_MESSAGES: dict[str, tuple[str, str]] = {
    "date_in_window": (
        "Ngày tổ chức trong thời hạn[ ({opens} – {deadline})].",
        "Held within the window[ ({opens} – {deadline})].",
    ),
    "date_overridden": (
        "Ngày tổ chức ngoài thời hạn[ ({opens} – {deadline})], đã được quản trị cho phép.",
        "Held outside the window[ ({opens} – {deadline})], allowed by the admin.",
    ),
    "before_congress": (
        "Tổ chức trước Đại hội Đảng[ ({party_congress_date})].",
        "Before the Party congress[ ({party_congress_date})].",
    ),
    "no_congress_date": ("Chưa ghi ngày Đại hội Đảng của đơn vị.", "No Party congress date is recorded."),
    "congress_overridden": (
        "Tổ chức sau Đại hội Đảng[ ({party_congress_date})], đã được quản trị cho phép.",
        "Held after the Party congress[ ({party_congress_date})], allowed by the admin.",
    ),
    "order_ok": ("Đúng thứ tự: cơ sở trước, huyện sau.", "In order: grassroots first, district after."),
    "district_not_scheduled": ("Hội nghị cấp huyện chưa lên lịch.", "The district conference is not scheduled yet."),
    "grassroots_missing": (
        "Còn đơn vị cơ sở chưa có lịch hội nghị[ ({missing_count} đơn vị)].",
        "Some grassroots units have no conference yet[ ({missing_count})].",
    ),
    "cap": (
        "Số đại biểu trong giới hạn[: {count}][, tối đa {cap}].",
        "Delegates within the cap[: {count}][, at most {cap}].",
    ),
    "over_cap": (
        "Vượt số lượng đại biểu tối đa[ {cap}][: hiện có {count}][, cần bớt {over} đại biểu].",
        "Over the delegate cap[ of {cap}][: {count} listed][, remove {over}].",
    ),
    "composition_ok": (
        "Đại biểu điển hình đạt tỷ lệ[ {exemplary}/{total}][ (tối thiểu {share_percent}%)].",
        "Exemplary delegates meet the share[ {exemplary}/{total}][ (at least {share_percent}%)].",
    ),
    "composition_short": (
        "Đại biểu điển hình chưa đạt tỷ lệ[ {exemplary}/{total}][ (tối thiểu {share_percent}%)].[ Có thể thêm"
        " {add_exemplary} đại biểu điển hình.][ Có thể bớt {remove_others} khách mời, lãnh đạo.]",
        "Exemplary delegates are below the share[ {exemplary}/{total}][ (at least {share_percent}%)].[ Adding"
        " {add_exemplary} exemplary delegates would do.][ Removing {remove_others} guests or leaders would do.]",
    ),
    "structure": ("Cơ cấu đại biểu (báo cáo, không bắt buộc).", "Delegate structure (reported, not enforced)."),
    "list_draft": ("Danh sách đang soạn.", "The list is a draft."),
    "list_finalized": ("Danh sách đã chốt.", "The list is finalized."),
    "pilot_invitees": (
        "Đại biểu mời thêm của đơn vị chỉ đạo điểm[: {pilot_invitees}] (không tính vào số lượng, cơ cấu).",
        "Pilot invitees[: {pilot_invitees}] (counted neither toward the cap nor the composition).",
    ),
    "allocations": (
        "Ghế đại biểu điển hình đã phân bổ[: {allocated}/{capacity}].",
        "Exemplary seats allocated[: {allocated}/{capacity}].",
    ),
    "designations": (
        "Đại biểu đã cử lên huyện[: {designated}/{allocated}].",
        "Delegates designated upward[: {designated}/{allocated}].",
    ),
}


C = TypeVar("C")


def localize_compliance(compliance: C, request: Request | None) -> C:
    """Turn each compliance item's message key into a sentence in the caller's language."""
    lang = _lang(request)
    for item in compliance.items:  # type: ignore[attr-defined]  # any model with compliance items
        pair = COMPLIANCE_MESSAGES.get(item.message)
        if pair is not None:
            item.message = _format(pair[lang], {k: v for k, v in item.facts.items() if not isinstance(v, dict | list)})
    return compliance


def _lang(request: Request | None) -> int:
    """0 for Vietnamese, 1 for English, from Accept-Language (q-values respected)."""
    if request is None:
        return 0
    header = request.headers.get("accept-language", "")
    best: tuple[float, int] = (0.0, 0)
    for part in header.split(","):
        tag, _, params = part.strip().partition(";")
        tag = tag.strip().lower()
        q = 1.0
        if params.strip().startswith("q="):
            try:
                q = float(params.strip()[2:])
            except ValueError:
                q = 0.0
        if tag.startswith("vi") and q > best[0]:
            best = (q, 0)
        elif tag.startswith("en") and q > best[0]:
            best = (q, 1)
    return best[1]


# A message's placeholders are ``{name}``; each stands inside an optional ``[…]`` segment, which is
# left out when any fact it names is missing — so a message without its facts is still a sentence.
_SEGMENT = re.compile(r"\[([^\[\]]*)\]")
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def _shown(value: Any) -> str:
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return str(value)


def _format(template: str, facts: Mapping[str, Any]) -> str:
    """The message with its facts: segments whose facts are all known kept (innermost first),
    the others dropped. A fact's own text is never read as a template."""
    known = {k: _shown(v) for k, v in facts.items() if v is not None and v != [] and v != ()}

    def segment(match: re.Match[str]) -> str:
        inner = match.group(1)
        return inner if all(name in known for name in _PLACEHOLDER.findall(inner)) else ""

    previous = None
    while previous != template:
        previous, template = template, _SEGMENT.sub(segment, template)
    return _PLACEHOLDER.sub(lambda m: known.get(m.group(1), m.group(0)), template)


def field_message(key: str, lang: int, ctx: Mapping[str, Any] | None = None) -> str:
    pair = FIELD_MESSAGES.get(key) or FIELD_MESSAGES["value_error"]
    return _format(pair[lang], ctx or {})


@dataclass(frozen=True)
class FieldIssue:
    """One invalid field: where (``field``; for a spreadsheet row also ``row`` and ``column``, the
    sheet's Vietnamese header), which problem code and rule, and the message key with its facts."""

    field: str
    code: str
    key: str
    ctx: Mapping[str, Any] = dataclass_field(default_factory=dict)
    row: int | None = None
    column: str | None = None
    rule: str | None = None


ErrorItem = tuple[str, str, str, Mapping[str, Any]] | FieldIssue


def _issue(item: ErrorItem) -> FieldIssue:
    return item if isinstance(item, FieldIssue) else FieldIssue(*item)


class Problem(Exception):
    """An error that becomes an RFC 9457 answer. ``errors`` are ``FieldIssue``s, or tuples
    (field, code, message key, ctx)."""

    def __init__(
        self,
        code: str,
        *,
        rule: str | None = None,
        reason: str | None = None,
        status: int | None = None,
        errors: Sequence[ErrorItem] = (),
        headers: Mapping[str, str] | None = None,
        **facts: Any,
    ) -> None:
        super().__init__(code)
        self.code = code
        self.rule = rule
        self.reason = reason
        self.status = status or CATALOGUE.get(code, (400, "", ""))[0]
        self.errors = [_issue(e) for e in errors]
        self.headers = dict(headers or {})
        self.facts = facts

    @classmethod
    def from_domain(cls, exc: DomainError) -> Problem:
        reason = exc.facts.get("reason")
        errors: list[ErrorItem] = []
        if exc.field is not None:
            key = (
                f"{exc.rule}:{reason}"
                if f"{exc.rule}:{reason}" in FIELD_MESSAGES
                else (str(reason) if reason in FIELD_MESSAGES else "value_error")
            )
            errors.append((exc.field, exc.code, key, exc.facts))
        facts = {k: v for k, v in exc.facts.items() if k != "reason"}
        return cls(exc.code, rule=exc.rule, reason=reason, errors=errors, **facts)


class NotFound(Problem):
    def __init__(self) -> None:
        super().__init__("not_found")


class Forbidden(Problem):
    def __init__(self, reason: str | None = None) -> None:
        super().__init__("forbidden", reason=reason)


class Unauthorized(Problem):
    def __init__(self) -> None:
        super().__init__("unauthorized", headers={"WWW-Authenticate": "Bearer"})


class PayloadTooLarge(StarletteHTTPException):
    """A body over its operation's limit, raised while it is read. An ``HTTPException`` so that
    FastAPI re-raises it from its body parsing (any other error there becomes a 400) and the
    handler answers 413 ``payload_too_large`` with the limit."""

    def __init__(self, limit: int) -> None:
        super().__init__(status_code=413)
        self.limit = limit


def invalid_field(field: str, key: str, rule: str | None = None, **ctx: Any) -> Problem:
    """A validation problem about one field, with a message from FIELD_MESSAGES."""
    return Problem("validation_error", rule=rule, errors=[(field, "validation_error", key, ctx)])


def problem_body(problem: Problem, request: Request | None) -> dict[str, Any]:
    lang = _lang(request)
    status, title_vi, title_en = CATALOGUE.get(problem.code, (problem.status, problem.code, problem.code))
    detail_pair = DETAILS.get(f"{problem.code}:{problem.reason}") or DETAILS.get(problem.code)
    if detail_pair is None:
        detail_pair = (title_vi + ".", title_en + ".")
    body: dict[str, Any] = {
        "type": TYPE_BASE + problem.code,
        "title": (title_vi, title_en)[lang],
        "status": problem.status,
        "detail": _format(detail_pair[lang], problem.facts),
        "code": problem.code,
    }
    if problem.rule:
        body["rule"] = problem.rule
    if problem.code == "invalid_grant":
        body["error"] = "invalid_grant"  # RFC 6749 §5.2
    for name, value in problem.facts.items():
        if name in FACT_MEMBERS and value is not None:
            body[name] = list(value) if isinstance(value, tuple) else value
    if problem.errors:
        # A hostile file can break every row: the answer lists the first MAX_ERRORS and counts all.
        body["errors"] = [_error_member(issue, lang) for issue in problem.errors[:MAX_ERRORS]]
        body["error_count"] = len(problem.errors)
    request_id = getattr(request.state, "request_id", None) if request is not None else None
    if request_id:
        body["request_id"] = request_id
    return body


def _error_member(issue: FieldIssue, lang: int) -> dict[str, Any]:
    member: dict[str, Any] = {
        "field": issue.field,
        "code": issue.code,
        "message": field_message(issue.key, lang, issue.ctx),
    }
    for name in ERROR_MEMBERS:  # a spreadsheet row's error: its row, the sheet's column, the rule
        value = getattr(issue, name)
        if value is not None:
            member[name] = value
    return member


def problem_response(problem: Problem, request: Request | None) -> JSONResponse:
    return JSONResponse(
        problem_body(problem, request),
        status_code=problem.status,
        media_type=PROBLEM_JSON,
        headers=problem.headers or None,
    )


_LOC_SOURCES = {"body", "query", "path", "header", "cookie"}


def _validation_errors(exc: RequestValidationError) -> list[ErrorItem]:
    out: list[ErrorItem] = []
    for err in exc.errors():
        loc = [str(p) for p in err.get("loc", ())]
        if loc and loc[0] in _LOC_SOURCES:
            loc = loc[1:]
        etype = str(err.get("type", "value_error"))
        field = "body" if etype == "json_invalid" else (".".join(loc) or "body")
        ctx = dict(err.get("ctx") or {})
        code = "validation_error"
        key = etype
        cause = ctx.pop("error", None)
        if isinstance(cause, DomainError):
            code = cause.code
            reason = cause.facts.get("reason")
            key = f"{cause.rule}:{reason}" if cause.rule else str(reason)
            if key not in FIELD_MESSAGES:
                key = str(reason) if reason in FIELD_MESSAGES else "value_error"
            ctx = {}
        elif etype == "value_error":
            # Our own validators raise ValueError("<message key>").
            msg = str(err.get("msg", ""))
            key = msg.removeprefix("Value error, ")
            ctx = {}
        safe_ctx = {k: v for k, v in ctx.items() if isinstance(v, (int, float, str))}
        out.append((field, code, key if key in FIELD_MESSAGES else "value_error", safe_ctx))
    return out


def install(app: FastAPI) -> None:
    """Every error the app can give becomes problem+json."""

    @app.exception_handler(Problem)
    async def _problem(request: Request, exc: Problem) -> JSONResponse:
        return problem_response(exc, request)

    @app.exception_handler(DomainError)
    async def _domain(request: Request, exc: DomainError) -> JSONResponse:
        return problem_response(Problem.from_domain(exc), request)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = _validation_errors(exc)
        rules = {_issue(e).code for e in errors}
        code = "validation_error"
        # A single domain code (e.g. invalid_unit) surfaces as the problem's code.
        if len(rules) == 1 and next(iter(rules)) in CATALOGUE:
            code = next(iter(rules))
        rule = None
        cause_rules = [
            c.rule
            for c in (dict(e.get("ctx") or {}).get("error") for e in exc.errors())
            if isinstance(c, DomainError) and c.rule
        ]
        if cause_rules:
            rule = cause_rules[0]
        return problem_response(Problem(code, rule=rule, errors=errors), request)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {
            401: "unauthorized",
            403: "forbidden",
            404: "not_found",
            405: "method_not_allowed",
            406: "not_acceptable",
            412: "precondition_failed",
            413: "payload_too_large",
            415: "unsupported_media_type",
            429: "rate_limited",
            503: "service_unavailable",
        }.get(exc.status_code, "validation_error" if exc.status_code < 500 else "internal_error")
        headers = dict(exc.headers or {})
        if isinstance(exc, PayloadTooLarge):
            return problem_response(Problem("payload_too_large", limit=exc.limit), request)
        if exc.status_code == 400:
            # Starlette refuses a body that is not UTF-8 before validation: still invalid input.
            return problem_response(
                Problem("validation_error", errors=[("body", "validation_error", "json_invalid", {})]), request
            )
        return problem_response(Problem(code, status=exc.status_code, headers=headers), request)

    async def _infrastructure(request: Request, exc: Exception) -> JSONResponse:
        """Database and encoding failures, handled inside the middleware stack (so the answer
        keeps its request id and headers, and the connection stays open)."""
        request_id = getattr(request.state, "request_id", "-")
        if _is_bad_data(exc):
            # A value no validator caught but PostgreSQL refused: still the client's input (Q3).
            log.warning("input refused by the database request_id=%s: %s", request_id, type(exc).__name__)
            return problem_response(
                Problem("validation_error", errors=[("body", "validation_error", "value_error", {})]), request
            )
        if _is_db_unavailable(exc):
            log.warning("database unavailable request_id=%s: %s", request_id, type(exc).__name__)
            return problem_response(Problem("service_unavailable", headers={"Retry-After": "5"}), request)
        log.error("unexpected error request_id=%s", request_id, exc_info=exc)
        return problem_response(Problem("internal_error", request_id=request_id), request)

    import sqlalchemy.exc

    for kind in (UnicodeError, OSError, sqlalchemy.exc.DBAPIError, sqlalchemy.exc.TimeoutError):
        app.add_exception_handler(kind, _infrastructure)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        return await _infrastructure(request, exc)


def _is_bad_data(exc: BaseException) -> bool:
    """Invalid text encoding, or SQLSTATE class 22 (data exception: out of range, bad format)."""
    import sqlalchemy.exc

    if isinstance(exc, UnicodeError):
        return True
    if isinstance(exc, sqlalchemy.exc.DBAPIError) and not exc.connection_invalidated:
        sqlstate = getattr(exc.orig, "sqlstate", None) or getattr(
            getattr(exc.orig, "__cause__", None), "sqlstate", None
        )
        return isinstance(sqlstate, str) and sqlstate.startswith("22")
    return False


# SQLSTATEs of a server that is there but will not serve: starting up, shutting down, too many
# connections, or any connection exception (class 08).
_UNAVAILABLE_STATES = frozenset({"57P01", "57P02", "57P03", "53300"})


def _is_db_unavailable(exc: BaseException) -> bool:
    import sqlalchemy.exc

    if isinstance(exc, (ConnectionError, OSError)):
        return True
    if isinstance(exc, sqlalchemy.exc.DBAPIError):
        if exc.connection_invalidated:
            return True
        sqlstate = getattr(exc.orig, "sqlstate", None) or getattr(
            getattr(exc.orig, "__cause__", None), "sqlstate", None
        )
        if isinstance(sqlstate, str) and (sqlstate.startswith("08") or sqlstate in _UNAVAILABLE_STATES):
            return True
    return isinstance(exc, sqlalchemy.exc.InterfaceError | sqlalchemy.exc.TimeoutError)


def responses(*codes: str) -> dict[int | str, dict[str, Any]]:
    """The ``responses=`` of a route: each problem it can give, documented in the contract."""
    out: dict[int | str, dict[str, Any]] = {}
    for code in ("validation_error", "internal_error", *codes):
        status = CATALOGUE[code][0]
        entry = out.setdefault(
            status,
            {
                "description": CATALOGUE[code][2],
                "content": {PROBLEM_JSON: {"schema": {"$ref": "#/components/schemas/Problem"}}},
                "x-codes": [],
            },
        )
        if code not in entry["x-codes"]:
            entry["x-codes"].append(code)
    for entry in out.values():
        entry["description"] = entry["description"] + " (" + ", ".join(entry["x-codes"]) + ")"
        del entry["x-codes"]
    return out
