// renderer_warm_up.cpp: one triangle through ImGui's OpenGL 3 backend, then glFinish.
#include "platform/renderer_warm_up.hpp"

#define GLFW_INCLUDE_GLEXT
#define GL_GLEXT_PROTOTYPES  // framebuffer objects are core in OpenGL 3, and libGL exports them
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui/backends/imgui_impl_opengl3.h>

#include <cstdint>

#include "platform/coverage_texture.hpp"

namespace kiosk::platform {

RendererWarmUp::RendererWarmUp(int width, int height)
    : width_(width), height_(height), list_(std::make_unique<ImDrawList>(ImGui::GetDrawListSharedData())) {
    const unsigned char white = 0xFF;
    texture_ = createCoverageTexture(1, 1, &white);
    ImDrawCmd cmd;
    cmd.ClipRect = ImVec4(0, 0, static_cast<float>(width), static_cast<float>(height));
    cmd.TextureId = reinterpret_cast<ImTextureID>(static_cast<intptr_t>(texture_));
    cmd.ElemCount = 3;
    list_->CmdBuffer.push_back(cmd);
    const ImU32 colour = IM_COL32(255, 255, 255, 128);  // translucent, so blending is in the compiled variant
    for (const ImVec2 p : {ImVec2(0, 0), ImVec2(8, 0), ImVec2(0, 8)}) list_->VtxBuffer.push_back(ImDrawVert{p, ImVec2(0, 0), colour});
    for (ImDrawIdx i = 0; i < 3; ++i) list_->IdxBuffer.push_back(i);
}

RendererWarmUp::~RendererWarmUp() {
    if (texture_) glDeleteTextures(1, &texture_);
}

void RendererWarmUp::draw() {
    ImDrawList* lists[] = {list_.get()};
    ImDrawData data;
    data.Valid = true;
    data.CmdLists = lists;
    data.CmdListsCount = 1;
    data.TotalVtxCount = list_->VtxBuffer.Size;
    data.TotalIdxCount = list_->IdxBuffer.Size;
    data.DisplayPos = ImVec2(0, 0);
    data.DisplaySize = ImVec2(static_cast<float>(width_), static_cast<float>(height_));
    data.FramebufferScale = ImVec2(1, 1);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    glViewport(0, 0, width_, height_);
    ImGui_ImplOpenGL3_RenderDrawData(&data);
    glFinish();
}

}  // namespace kiosk::platform
