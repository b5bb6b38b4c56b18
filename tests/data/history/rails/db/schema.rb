ActiveRecord::Schema[7.1].define(version: 2024_01_05_000005) do
  create_table "users", force: :cascade do |t|
    t.string "email", null: false
  end
end
